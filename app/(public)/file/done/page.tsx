import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseNextStep } from "@/components/case-next-step";
import { getDb } from "@/db/client";
import { findCaseByReference } from "@/db/queries/cases";
import { filingShown } from "@/app/(public)/track/tracking-cookies";
import { currentActor } from "@/lib/auth/session";
import { nextStep } from "@/lib/domain/cases/next-step";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

export async function generateMetadata() {
  return { title: (await getTranslations("filing.done"))("title") };
}

const LINK = "rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-900 hover:bg-brand-50";

/** After filing: the reference, and the tracking code once (from a short-lived cookie, never the URL). */
export default async function FilingDonePage({
  searchParams,
}: {
  searchParams: Promise<{ ref?: string; voice?: string }>;
}) {
  await connection();
  const { ref, voice } = await searchParams;
  const reference = (ref ?? "").trim().toUpperCase();
  if (!parseCaseReference(reference)) notFound();
  const t = await getTranslations("filing.done");
  const actor = await currentActor();
  const myCases = actor?.role === "citizen";

  if (voice) {
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("voiceTitle")}</h1>
        <p role="status">{voice === "already" ? t("voiceAlready", { reference }) : t("voiceBody", { reference })}</p>
        <div className="flex flex-wrap gap-3">
          {myCases ? (
            <Link href="/my-cases" className={LINK}>
              {t("myCases")}
            </Link>
          ) : null}
          <Link href="/file" className={LINK}>
            {t("fileAnother")}
          </Link>
        </div>
      </div>
    );
  }

  const shown = await filingShown(reference);
  // What happens next, for the person who has just filed (the receipt cookie is the proof).
  const db = await getDb();
  const found = shown ? await findCaseByReference(db, reference) : null;
  const next = found ? await nextStepProps(found, await loadCalendar(db)) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("reference")}</dt>
          <dd className="font-mono text-2xl font-semibold" data-testid="case-reference">
            {reference}
          </dd>
        </div>
        {shown?.trackingCode ? (
          <div>
            <dt className="text-slate-600">{t("trackingCode")}</dt>
            <dd className="font-mono text-2xl font-semibold tracking-widest" data-testid="tracking-code">
              {shown.trackingCode}
            </dd>
          </div>
        ) : null}
      </dl>
      <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
        {shown?.trackingCode ? t("keepCode") : shown ? t("duplicate") : t("noCode")}
      </p>
      {next ? <CaseNextStep {...next} /> : null}
      <div className="flex flex-wrap gap-3">
        <Link
          href={`/track/${reference}`}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t("track")}
        </Link>
        {myCases ? (
          <Link href="/my-cases" className={LINK}>
            {t("myCases")}
          </Link>
        ) : null}
        <Link href="/file" className={LINK}>
          {t("fileAnother")}
        </Link>
      </div>
    </div>
  );
}

async function nextStepProps(
  found: NonNullable<Awaited<ReturnType<typeof findCaseByReference>>>,
  calendar: Awaited<ReturnType<typeof loadCalendar>>,
) {
  const locale = (await getLocale()) as Locale;
  const { due } = await caseDateFormatters(calendar);
  // Just filed: no callback yet.
  const step = nextStep({ ...found.detail, lastFeedbackSolved: null }, new Date());
  return {
    status: found.detail.status,
    step,
    unit: localized(locale, found.unitZh, found.unitEn) || null,
    due: step.due ? due(step.due.at) : null,
  };
}
