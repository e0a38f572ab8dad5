import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { callbackCase } from "@/db/queries/desk";
import { requirePermission } from "@/lib/auth/session";
import { SATISFACTION_LEVELS } from "@/lib/domain/cases/vocabulary";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { maySendBack } from "@/lib/services/cases/give-feedback";
import { loadSettings } from "@/lib/services/settings";
import { recordCallbackAction } from "./actions";
import { CallbackForm } from "./callback-form";

const DONE = ["closed", "sent_back", "not_reached"] as const;
const isDone = (value: string | undefined): value is (typeof DONE)[number] =>
  (DONE as readonly (string | undefined)[]).includes(value);

export async function generateMetadata() {
  return { title: (await getTranslations("hotline.callback"))("title") };
}

/** An operator records a phone callback (回访) on a replied case. */
export default async function CallbackPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  await requirePermission("desk.callback");
  const { reference } = await params;
  const { done } = await searchParams;
  const db = await getDb();
  const [detail, calendar, settings] = await Promise.all([
    callbackCase(db, decodeURIComponent(reference).trim().toUpperCase()),
    loadCalendar(db),
    loadSettings(db),
  ]);
  if (!detail) notFound();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const now = new Date();
  const localNow = `${calendar.localDate(now)}T${new Intl.DateTimeFormat("en-GB", {
    timeZone: calendar.timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(now)}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/desk/search" className="text-brand-700 underline">
          {t("hotline.callback.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("hotline.callback.title")}</h1>
      {isDone(done) ? <StatusMessage>{t(`hotline.callback.done.${done}`)}</StatusMessage> : null}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{t("caseTable.reference")}</dt>
        <dd>
          <Link className="font-mono text-brand-700 underline" href={`/cases/${detail.reference}`}>
            {detail.reference}
          </Link>
        </dd>
        <dt className="text-slate-600">{t("caseTable.title")}</dt>
        <dd>{detail.title}</dd>
        <dt className="text-slate-600">{t("caseTable.status")}</dt>
        <dd>{t(`status.${detail.status}`)}</dd>
        <dt className="text-slate-600">{t("caseTable.unit")}</dt>
        <dd>{localized(locale, detail.unitZh, detail.unitEn) || "—"}</dd>
        <dt className="text-slate-600">{t("hotline.callback.caller")}</dt>
        <dd>{[detail.contactName, detail.contactPhone].filter(Boolean).join(" · ") || "—"}</dd>
        <dt className="text-slate-600">{t("hotline.callback.repliedAt")}</dt>
        <dd>{when(detail.repliedAt)}</dd>
        <dt className="text-slate-600">{t("hotline.callback.feedbackDue")}</dt>
        <dd>{when(detail.feedbackDueAt)}</dd>
        {detail.replyOutcome ? (
          <>
            <dt className="text-slate-600">{t("hotline.callback.reply")}</dt>
            <dd className="whitespace-pre-wrap">
              <strong>{t(`outcome.${detail.replyOutcome}`)}</strong>
              {detail.replyText ? `: ${detail.replyText}` : ""}
            </dd>
          </>
        ) : null}
      </dl>

      {detail.status === "replied" ? (
        <section aria-labelledby="callback-form-heading" className="space-y-3">
          <h2 id="callback-form-heading" className="text-xl font-semibold">
            {t("hotline.callback.formTitle")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("hotline.callback.lead")}</p>
          <CallbackForm
            action={recordCallbackAction.bind(null, detail.reference)}
            now={localNow}
            maySendBack={maySendBack(detail.rehandleCount, settings.rehandleLimit)}
            satisfaction={SATISFACTION_LEVELS.map((level) => ({
              value: level,
              label: t(`tracking.satisfaction.${level}`),
            }))}
            labels={{
              reached: t("hotline.callback.reached"),
              reachedHint: t("hotline.callback.reachedHint"),
              answersLegend: t("hotline.callback.answers"),
              contacted: t("hotline.callback.contacted"),
              solved: t("hotline.callback.solved"),
              satisfaction: t("hotline.callback.satisfaction"),
              calledAt: t("hotline.callback.calledAt"),
              sendBack: t("hotline.callback.sendBack"),
              sendBackHint: t("hotline.callback.sendBackHint"),
              yes: t("hotline.callback.yes"),
              no: t("hotline.callback.no"),
              submit: t("hotline.callback.submit"),
              pending: t("hotline.callback.pending"),
            }}
          />
        </section>
      ) : (
        <p className="text-slate-700">{t("hotline.callback.notReplied")}</p>
      )}

      <section aria-labelledby="callback-calls-heading" className="space-y-2">
        <h2 id="callback-calls-heading" className="text-xl font-semibold">
          {t("hotline.callback.calls")}
        </h2>
        {detail.calls.length ? (
          <ul className="space-y-1">
            {detail.calls.map((call) => (
              <li key={call.id}>
                {when(call.calledAt)} ·{" "}
                {call.reached ? t("hotline.callback.wasReached") : t("hotline.callback.wasNotReached")} ·{" "}
                {call.operatorName ?? call.operatorEmail}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t("hotline.callback.noCalls")}</p>
        )}
      </section>
    </div>
  );
}
