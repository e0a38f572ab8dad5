import { parseId } from "@/lib/validation/common";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { isPubliclyVisible } from "@/lib/domain/petitions/lifecycle";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { cachedDistrictOptions, petitionPageData } from "@/lib/services/petitions/page-cache";
import { loadSettings } from "@/lib/services/settings";
import { publishForSupportAction, signAction } from "../actions";
import { DistrictChart, ThresholdProgress } from "../petition-charts";
import { requestOrigin } from "@/lib/http/request-origin";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ share?: string; signed?: string; confirmed?: string; done?: string }>;
};

// Metadata and page share one read per request; guests share one read a second (page-cache.ts).
const visiblePetition = cache(async (idText: string, share: string | undefined) => {
  const id = parseId(idText);
  if (id === null) return null;
  const actor = await currentActor();
  const { row, tallies } = await petitionPageData(await getDb(), id, { fresh: actor !== null });
  if (!row) return null;
  const p = row.petition;
  const isCreator = actor?.id === p.creatorUserId;
  const isModerator = actor ? can(actor.role, "petition.moderate") : false;
  const viaShareLink = p.status === "gathering" && share !== undefined && share === p.shareToken;
  if (!isPubliclyVisible(p) && !isCreator && !isModerator && !viaShareLink) return null;
  return { row, tallies, actor, isCreator, viaShareLink };
});

export async function generateMetadata({ params, searchParams }: Params) {
  const found = await visiblePetition((await params).id, (await searchParams).share);
  return { title: found?.row.petition.title ?? (await getTranslations("petitions"))("list.title") };
}

/** A petition: its request, live count, progress to each threshold, districts, the answer and the hearing. */
export default async function PetitionPage({ params, searchParams }: Params) {
  await connection();
  const query = await searchParams;
  const found = await visiblePetition((await params).id, query.share);
  if (!found) notFound();
  const { row, tallies, isCreator, viaShareLink } = found;
  const p = row.petition;
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const db = await getDb();
  const [settings, districts] = await Promise.all([loadSettings(db), cachedDistrictOptions(db)]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const number = new Intl.NumberFormat(locale);
  const signable = p.status === "open" || (p.status === "gathering" && (viaShareLink || isCreator));
  // The unit's reply once it is the case's public reply (after a head's approval where needed).
  const answered = Boolean(row.caseReplyText) && (row.caseStatus === "replied" || row.caseStatus === "closed");
  const shareUrl = `${await requestOrigin()}/petitions/${p.id}?share=${p.shareToken}`;
  const remaining = (threshold: number) =>
    t("progress.remaining", {
      count: Math.max(0, threshold - p.signatureCount),
      formatted: number.format(Math.max(0, threshold - p.signatureCount)),
    });

  return (
    <article className="max-w-4xl space-y-8">
      <p>
        <Link href="/petitions" className="text-brand-700 underline">
          {t("page.back")}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">
          {t(`status.${p.status}`)} · {localized(locale, row.categoryZh, row.categoryEn)}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{p.title}</h1>
        {p.status === "open" && p.showCreatorName && p.creatorName ? (
          <p className="text-slate-700">{t("page.startedBy", { name: p.creatorName })}</p>
        ) : null}
        {p.openedAt && p.closesAt ? (
          <p className="text-sm text-slate-700">
            {t("page.openedOn", { date: date.format(p.openedAt) })} ·{" "}
            {p.status === "open"
              ? t("closesOn", { date: date.format(p.closesAt) })
              : t("closedOn", { date: date.format(p.closedAt ?? p.closesAt) })}
          </p>
        ) : null}
      </header>

      <StatusMessage>
        {query.signed
          ? t("page.signedCheckMail")
          : query.confirmed === "1"
            ? t("page.confirmed")
            : query.confirmed === "again"
              ? t("page.confirmedAgain")
              : query.done === "gathering"
                ? t("page.nowGathering")
                : null}
      </StatusMessage>

      {p.status === "rejected" ? (
        <section aria-labelledby="rejection-heading" className="rounded-lg border border-red-700 bg-red-50 p-4">
          <h2 id="rejection-heading" className="text-xl font-semibold text-red-900">
            {t("page.rejectedTitle")}
          </h2>
          <p>{t(`rejection.${p.rejectionCode ?? "duplicate"}`)}</p>
          {p.rejectionNote ? <p className="mt-2 whitespace-pre-line">{p.rejectionNote}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="ask-heading" className="space-y-2">
        <h2 id="ask-heading" className="text-xl font-semibold">
          {t("page.asks")}
        </h2>
        <p className="whitespace-pre-line">{p.action}</p>
        {p.background ? (
          <>
            <h3 className="pt-2 font-semibold">{t("page.background")}</h3>
            <p className="whitespace-pre-line text-slate-800">{p.background}</p>
          </>
        ) : null}
      </section>

      {isCreator && p.status === "draft" ? (
        <section aria-labelledby="creator-heading" className="space-y-2 rounded-lg border border-brand-700 p-4">
          <h2 id="creator-heading" className="text-xl font-semibold">
            {t("creator.draftTitle")}
          </h2>
          <p>{t("creator.draftLead", { count: p.supportersRequired })}</p>
          <CaseActionForm
            title={t("creator.publishTitle")}
            fields={[]}
            action={publishForSupportAction.bind(null, p.id)}
            submitLabel={t("creator.publish")}
            pendingLabel={t("pending")}
          />
        </section>
      ) : null}
      {isCreator && p.status === "gathering" ? (
        <section aria-labelledby="share-heading" className="space-y-2 rounded-lg border border-brand-700 p-4">
          <h2 id="share-heading" className="text-xl font-semibold">
            {t("creator.shareTitle")}
          </h2>
          <p>{t("creator.shareLead", { count: p.supportersRequired })}</p>
          <p>
            <label htmlFor="share-link" className="font-medium">
              {t("creator.shareLink")}
            </label>
            <input
              id="share-link"
              readOnly
              value={shareUrl}
              className="mt-1 w-full rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
            />
          </p>
          <p>{t("creator.supporters", { count: p.signatureCount, required: p.supportersRequired })}</p>
        </section>
      ) : null}
      {isCreator && p.status === "moderation" ? (
        <p className="rounded-md border border-slate-300 p-4">{t("creator.inModeration")}</p>
      ) : null}

      {p.status === "open" || p.status === "closed" ? (
        <section aria-labelledby="count-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="count-heading" className="text-xl font-semibold">
            {t("page.countTitle")}
          </h2>
          <p className="text-4xl font-bold tabular-nums text-brand-900" data-testid="signature-count">
            {t("signatures", { count: p.signatureCount, formatted: number.format(p.signatureCount) })}
          </p>
          <p className="text-sm text-slate-600">
            {p.countedAt
              ? t("page.countedAt", { time: time.format(p.countedAt), seconds: settings.petitionCountIntervalSeconds })
              : t("page.countSoon")}
          </p>
          <ThresholdProgress
            label={t("progress.response", { threshold: number.format(settings.petitionResponseThreshold) })}
            count={p.signatureCount}
            threshold={settings.petitionResponseThreshold}
            reachedText={
              p.responseThresholdAt ? t("progress.reachedOn", { date: date.format(p.responseThresholdAt) }) : null
            }
            remainingText={remaining(settings.petitionResponseThreshold)}
          />
          <ThresholdProgress
            label={t("progress.debate", { threshold: number.format(settings.petitionDebateThreshold) })}
            count={p.signatureCount}
            threshold={settings.petitionDebateThreshold}
            reachedText={
              p.debateThresholdAt ? t("progress.reachedOn", { date: date.format(p.debateThresholdAt) }) : null
            }
            remainingText={remaining(settings.petitionDebateThreshold)}
          />
        </section>
      ) : null}

      {p.responseCaseId ? (
        <section aria-labelledby="answer-heading" className="space-y-2">
          <h2 id="answer-heading" className="text-xl font-semibold">
            {t("page.answerTitle")}
          </h2>
          {answered ? (
            <div className="rounded-lg border border-green-700 bg-green-50 p-4" data-testid="petition-answer">
              <p className="text-sm text-slate-700">
                {t("page.answeredBy", {
                  unit: localized(locale, row.unitZh ?? "", row.unitEn ?? ""),
                  date: row.caseRepliedAt ? date.format(row.caseRepliedAt) : "",
                })}
              </p>
              <p className="mt-2 whitespace-pre-line">{row.caseReplyText}</p>
            </div>
          ) : (
            <p>
              {t("page.answerDue", {
                unit: localized(locale, row.unitZh ?? "", row.unitEn ?? ""),
                date: row.caseReplyDueAt ? date.format(row.caseReplyDueAt) : "—",
                reference: row.caseReference ?? "",
              })}
            </p>
          )}
        </section>
      ) : null}

      {p.debateThresholdAt || p.hearingDate ? (
        <section aria-labelledby="hearing-heading" className="space-y-2">
          <h2 id="hearing-heading" className="text-xl font-semibold">
            {t("page.hearingTitle")}
          </h2>
          <p>
            {p.hearingDate
              ? t("page.hearingOn", { date: date.format(new Date(`${p.hearingDate}T12:00:00Z`)) })
              : t("page.hearingToBeScheduled")}
          </p>
          {p.hearingOutcome ? <p className="whitespace-pre-line">{p.hearingOutcome}</p> : null}
        </section>
      ) : null}

      {p.status === "open" || p.status === "closed" ? (
        <section aria-labelledby="districts-heading" className="space-y-2">
          <h2 id="districts-heading" className="text-xl font-semibold">
            {t("page.districtsTitle")}
          </h2>
          <DistrictChart
            bars={tallies.map((d) => ({
              code: d.code,
              name: localized(locale, d.nameZh, d.nameEn),
              signatures: Number(d.signatures),
            }))}
            caption={t("page.districtsCaption")}
            districtHeader={t("page.district")}
            signaturesHeader={t("page.signaturesHeader")}
          />
        </section>
      ) : null}

      {signable ? (
        <section id="sign" aria-labelledby="sign-heading" className="max-w-xl space-y-2">
          <h2 id="sign-heading" className="text-xl font-semibold">
            {p.status === "gathering" ? t("sign.supportTitle") : t("sign.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("sign.privacy")}</p>
          <CaseActionForm
            title={t("sign.formTitle")}
            fields={[
              { kind: "text", name: "name", label: t("sign.name"), autoComplete: "name", required: true },
              {
                kind: "text",
                name: "email",
                label: t("sign.email"),
                type: "email",
                autoComplete: "email",
                required: true,
              },
              {
                kind: "select",
                required: true,
                name: "districtCode",
                label: t("sign.district"),
                placeholder: t("sign.chooseDistrict"),
                options: districts.map((d) => ({ value: d.code, label: localized(locale, d.nameZh, d.nameEn) })),
              },
              {
                kind: "checkboxes",
                required: true,
                name: "consent",
                label: t("sign.consentLegend"),
                options: [{ value: "yes", label: t("sign.consent") }],
              },
              {
                kind: "checkboxes",
                name: "notify",
                label: t("sign.notifyLegend"),
                options: [{ value: "yes", label: t("sign.notify") }],
              },
            ]}
            action={signAction.bind(
              null,
              p.id,
              viaShareLink ? (query.share ?? null) : isCreator && p.status === "gathering" ? p.shareToken : null,
            )}
            submitLabel={t("sign.submit")}
            pendingLabel={t("pending")}
          />
        </section>
      ) : null}
    </article>
  );
}
