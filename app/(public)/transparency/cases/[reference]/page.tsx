import { FactList } from "@/components/fact-list";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { type ReactNode, cache } from "react";
import { getDb } from "@/db/client";
import { findPublicCase, listPublicTimeline } from "@/db/queries/public-cases";
import { localized } from "@/lib/i18n/localized";
import { contentLanguage } from "../../content-language";
import { figureFormatters } from "../../figures";
import { decodeSegment } from "../../route-params";

// Metadata and page read the same case once per request; a case not allowed to be public is null.
const publicCase = cache(async (segment: string) => {
  const reference = decodeSegment(segment);
  return reference ? findPublicCase(await getDb(), reference.toUpperCase()) : null;
});

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  const found = await publicCase((await params).reference);
  return found ? { title: found.reference } : {};
}

/** A case the citizen allowed to be published, with personal data redacted; any other reference is a 404. */
export default async function PublicCasePage({ params }: { params: Promise<{ reference: string }> }) {
  await connection();
  const found = await publicCase((await params).reference);
  if (!found) notFound();

  const db = await getDb();
  const [events, locale, t, fmt] = await Promise.all([
    listPublicTimeline(db, found.id),
    getLocale(),
    getTranslations(),
    figureFormatters(),
  ]);
  const unitName = localized(locale, found.unitZh, found.unitEn);

  const facts: [string, ReactNode][] = [
    [t("portal.case.type"), t(`caseType.${found.type}`)],
    [t("portal.case.category"), localized(locale, found.categoryZh, found.categoryEn)],
    [t("portal.case.district"), localized(locale, found.districtZh, found.districtEn) || "—"],
    [t("portal.case.status"), t(`status.${found.status}`)],
    [
      t("portal.case.leadUnit"),
      found.unitCode ? (
        <Link href={`/transparency/units/${found.unitCode}`} className="text-brand-700 underline">
          {unitName}
        </Link>
      ) : (
        "—"
      ),
    ],
    [t("portal.case.filed"), fmt.date(found.createdAt)],
    [t("portal.case.replied"), fmt.date(found.repliedAt) ?? t("portal.case.notYet")],
  ];

  // The outcome is our label; legal basis and next steps are the unit's own words.
  const replyFacts: { label: string; value: string; lang?: string }[] = [];
  if (found.replyOutcome)
    replyFacts.push({ label: t("portal.case.outcome"), value: t(`outcome.${found.replyOutcome}`) });
  if (found.replyLegalBasis)
    replyFacts.push({
      label: t("portal.case.legalBasis"),
      value: found.replyLegalBasis,
      lang: contentLanguage(found.replyLegalBasis),
    });
  if (found.replyNextSteps)
    replyFacts.push({
      label: t("portal.case.nextSteps"),
      value: found.replyNextSteps,
      lang: contentLanguage(found.replyNextSteps),
    });

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="font-mono text-slate-600">
          <span className="sr-only">{t("portal.case.reference")}: </span>
          {found.reference}
        </p>
        <h1 lang={contentLanguage(found.title)} className="text-3xl font-bold text-brand-900">
          {found.title}
        </h1>
        <p className="text-sm text-slate-600">{t("portal.case.redactedNotice")}</p>
      </header>
      <FactList facts={facts} />
      <section aria-labelledby="description-heading" className="space-y-2">
        <h2 id="description-heading" className="text-xl font-semibold">
          {t("portal.case.descriptionHeading")}
        </h2>
        <p
          lang={contentLanguage(found.description)}
          className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4"
        >
          {found.description}
        </p>
      </section>
      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("portal.case.timelineHeading")}
        </h2>
        {events.length === 0 ? (
          <p className="text-slate-600">{t("portal.case.timelineEmpty")}</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
            {events.map((event) => (
              <li key={event.id}>
                <p className="font-medium">{t(`event.${event.event}`)}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={event.occurredAt.toISOString()}>{fmt.dateTime(event.occurredAt)}</time>
                  {event.unitZh ? ` · ${localized(locale, event.unitZh, event.unitEn)}` : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="reply-heading" className="space-y-2">
        <h2 id="reply-heading" className="text-xl font-semibold">
          {t("portal.case.replyHeading")}
        </h2>
        {found.replyText ? (
          <>
            <dl className="grid gap-y-2">
              {replyFacts.map((fact) => (
                <div key={fact.label} className="flex gap-2">
                  <dt className="min-w-32 text-slate-600">{fact.label}</dt>
                  <dd lang={fact.lang}>{fact.value}</dd>
                </div>
              ))}
            </dl>
            <p
              lang={contentLanguage(found.replyText)}
              className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4"
            >
              {found.replyText}
            </p>
          </>
        ) : (
          <p className="text-slate-600">{t("portal.case.noReply")}</p>
        )}
      </section>
    </article>
  );
}
