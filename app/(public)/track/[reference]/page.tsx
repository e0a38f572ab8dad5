import { StatusMessage } from "@/components/ui/status-message";
import { decodeSegment } from "@/lib/http/route-segment";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { getDb } from "@/db/client";
import { findCaseByReference, lastFeedbackSolved, listCaseEvents } from "@/db/queries/cases";
import { listCaseAttachmentIds } from "@/db/queries/filing";
import { currentActor } from "@/lib/auth/session";
import { WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { SATISFACTION_LEVELS } from "@/lib/domain/cases/vocabulary";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";
import { CaseNextStep } from "@/components/case-next-step";
import { FactList } from "@/components/fact-list";
import { nextStep } from "@/lib/domain/cases/next-step";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { caseLight } from "@/lib/services/cases/case-lights";
import { trackingCodeMatches } from "@/lib/services/cases/create-case";
import { maySendBack } from "@/lib/services/cases/give-feedback";
import { loadSettings } from "@/lib/services/settings";
import { submitFeedback } from "../actions";
import { FeedbackForm } from "../feedback-form";
import { trackingCodeFromPage } from "../tracking-cookies";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: (decodeSegment((await params).reference) ?? "").toUpperCase() };
}

/**
 * A citizen's view of their case: status, light, deadlines and which clock runs, the public
 * timeline, the formal reply and, once replied, the callback form. Only the signed-in owner or
 * a holder of the tracking code (kept in a cookie by the lookup) gets here.
 */
export default async function TrackedCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ feedback?: string }>;
}) {
  await connection();
  const decoded = decodeSegment((await params).reference);
  if (decoded === null) notFound();
  const reference = decoded.toUpperCase();
  if (!parseCaseReference(reference)) notFound();
  const db = await getDb();
  const [found, actor, code] = await Promise.all([
    findCaseByReference(db, reference),
    currentActor(),
    trackingCodeFromPage(reference),
  ]);
  const owner = Boolean(found && actor && found.detail.citizenUserId === actor.id);
  const proven = Boolean(found && code && trackingCodeMatches(code, found.detail.trackingCodeHash));
  // Without proof, back to the lookup form; whether the reference exists is not revealed.
  if (!found || (!owner && !proven)) redirect(`/track?ref=${encodeURIComponent(reference)}`);

  const { feedback } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const [calendar, settings, events, photos, solved] = await Promise.all([
    loadCalendar(db),
    loadSettings(db),
    listCaseEvents(db, found.id, true),
    listCaseAttachmentIds(db, found.id),
    lastFeedbackSolved(db, found.id),
  ]);
  const now = new Date();
  const { detail } = found;
  const light = caseLight(found, calendar, now);
  const { when, due } = await caseDateFormatters(calendar);

  const facts: [string, string | null][] = [
    [t("tracking.case.status"), t(`status.${detail.status}`)],
    [t("tracking.case.type"), t(`caseType.${detail.type}`)],
    [t("tracking.case.category"), localized(locale, found.categoryZh, found.categoryEn)],
    [t("tracking.case.district"), localized(locale, found.districtZh, found.districtEn) || null],
    [t("tracking.case.leadUnit"), localized(locale, found.unitZh, found.unitEn) || null],
    [t("tracking.case.filed"), when(detail.createdAt)],
    [t("tracking.case.replied"), when(detail.repliedAt)],
    [t("tracking.case.closed"), when(detail.closedAt)],
  ];
  const deadlines: [string, string | null][] = [
    [t("tracking.case.clock"), found.clockKind ? t(`tracking.clock.${found.clockKind}`) : null],
    // A re-handled case keeps its earlier milestones: what is still due follows from the status.
    [t("tracking.case.signForDue"), detail.status === "dispatched" ? due(detail.signForDueAt) : null],
    [
      t("tracking.case.firstContactDue"),
      detail.status === "dispatched" || detail.status === "signed_for" ? due(detail.firstContactDueAt) : null,
    ],
    [t("tracking.case.replyDue"), WITH_UNIT_STATUSES.has(detail.status) ? due(detail.replyDueAt) : null],
    [t("tracking.case.feedbackDue"), detail.status === "replied" ? due(detail.feedbackDueAt) : null],
  ];
  const shownDeadlines = deadlines.filter(([, value]) => value !== null);
  // After a send-back the earlier reply stays on the case until the unit replies again.
  const previousReply = Boolean(detail.replyText) && WITH_UNIT_STATUSES.has(detail.status);
  const canSendBack = maySendBack(detail.rehandleCount, settings.rehandleLimit);
  const step = nextStep({ ...detail, lastFeedbackSolved: solved }, now);

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="font-mono text-slate-600">{detail.reference}</p>
        <h1 className="text-3xl font-bold text-brand-900">{detail.title}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <span className="rounded bg-brand-100 px-2 py-0.5 font-semibold text-brand-900">
            {t(`status.${detail.status}`)}
          </span>
          {light ? <TrafficLightBadge light={light} label={t(`light.${light}`)} /> : null}
        </p>
        <StatusMessage>
          {feedback === "closed" || feedback === "sent_back"
            ? feedback === "closed"
              ? t("tracking.feedback.thanksClosed")
              : t("tracking.feedback.thanksSentBack")
            : null}
        </StatusMessage>
      </header>

      <CaseNextStep
        status={detail.status}
        step={step}
        unit={localized(locale, found.unitZh, found.unitEn) || null}
        due={step.due ? due(step.due.at) : null}
      />

      <section aria-labelledby="facts-heading" className="space-y-3">
        <h2 id="facts-heading" className="text-xl font-semibold">
          {t("tracking.case.facts")}
        </h2>
        <FactList facts={facts} />
        {shownDeadlines.length > 1 ? (
          <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
            {shownDeadlines.map(([label, value]) => (
              <div key={label} className="flex gap-2">
                <dt className="min-w-32 text-slate-600">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        ) : detail.status === "submitted" ? (
          <p className="text-slate-700">{t("tracking.case.noDeadline")}</p>
        ) : null}
        {detail.status === "awaiting_citizen" ? <p className="text-amber-900">{t("tracking.case.paused")}</p> : null}
        {detail.rehandleCount > 0 ? (
          <p>{t("tracking.case.rehandled", { count: detail.rehandleCount, limit: settings.rehandleLimit })}</p>
        ) : null}
      </section>

      <section aria-labelledby="description-heading" className="space-y-2">
        <h2 id="description-heading" className="text-xl font-semibold">
          {t("tracking.case.description")}
        </h2>
        <p className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4">{detail.description}</p>
        {photos.length ? (
          <>
            <h3 className="font-semibold">{t("tracking.case.photos")}</h3>
            <ul className="flex flex-wrap gap-3">
              {photos.map((photo, index) => (
                <li key={photo.id}>
                  {/* A private, access-checked route: next/image would cache it in a shared optimiser. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={`/api/attachments/${photo.id}`}
                    alt={t("tracking.case.photoAlt", { number: index + 1 })}
                    width={photo.width}
                    height={photo.height}
                    className="h-40 w-auto rounded border border-slate-200"
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="reply-heading" className="space-y-2">
        <h2 id="reply-heading" className="text-xl font-semibold">
          {previousReply ? t("tracking.reply.previous") : t("tracking.reply.title")}
        </h2>
        {detail.replyText ? (
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            {detail.replyOutcome ? (
              <p>
                <span className="text-slate-600">{t("tracking.reply.outcome")}: </span>
                <strong>{t(`outcome.${detail.replyOutcome}`)}</strong>
              </p>
            ) : null}
            <p className="whitespace-pre-wrap">{detail.replyText}</p>
            {detail.replyLegalBasis ? (
              <p>
                <span className="text-slate-600">{t("tracking.reply.legalBasis")}: </span>
                {detail.replyLegalBasis}
              </p>
            ) : null}
            {detail.replyNextSteps ? (
              <p>
                <span className="text-slate-600">{t("tracking.reply.nextSteps")}: </span>
                {detail.replyNextSteps}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="text-slate-700">{t("tracking.reply.notYet")}</p>
        )}
      </section>

      {detail.status === "replied" ? (
        <section aria-labelledby="feedback-heading" className="space-y-3">
          <h2 id="feedback-heading" className="text-xl font-semibold">
            {t("tracking.feedback.title")}
          </h2>
          <p className="text-slate-700">{t("tracking.feedback.lead")}</p>
          <FeedbackForm
            action={submitFeedback.bind(null, detail.reference)}
            labels={CATALOGUES[locale].tracking.feedback}
            satisfaction={SATISFACTION_LEVELS.map((level) => ({
              value: level,
              label: t(`tracking.satisfaction.${level}`),
            }))}
            sendBack={
              canSendBack
                ? t("tracking.feedback.sendBackHint", { remaining: settings.rehandleLimit - detail.rehandleCount })
                : null
            }
          />
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("tracking.case.timeline")}
        </h2>
        {events.length ? (
          <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
            {events.map((event) => (
              <li key={event.id}>
                <p className="font-medium">
                  {t(`event.${event.event}`)} → {t(`status.${event.toStatus}`)}
                </p>
                <p className="text-sm text-slate-600">
                  {when(event.occurredAt)}
                  {event.unitZh ? ` · ${localized(locale, event.unitZh, event.unitEn)}` : ""}
                </p>
                {event.note ? <p className="text-sm">{event.note}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-700">{t("tracking.case.emptyTimeline")}</p>
        )}
      </section>
    </article>
  );
}
