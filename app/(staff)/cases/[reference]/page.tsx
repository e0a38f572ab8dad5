import { StatusMessage } from "@/components/ui/status-message";
import { decodeSegment } from "@/lib/http/route-segment";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { ActionPanel } from "./action-panel";
import { OverdueCards } from "./overdue-cards";
import { getDb } from "@/db/client";
import { findCaseByReference, findCaseContact, listCaseEvents } from "@/db/queries/cases";
import { requireUser } from "@/lib/auth/session";
import { caseAccess } from "@/lib/domain/access/case-access";
import { UNIT_ROLES } from "@/lib/domain/access/roles";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { timelineScope } from "@/lib/domain/supervision/timeline";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { caseLight } from "@/lib/services/cases/case-lights";
import { caseDateFormatters } from "@/lib/presenters/due-date";
import { FactList } from "@/components/fact-list";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }) {
  return { title: (await params).reference };
}

/** One case for the people allowed to see it; anyone else gets a 404 that reveals nothing. */
export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requireUser();
  const { reference } = await params;
  const db = await getDb();
  const decoded = decodeSegment(reference);
  const found = decoded ? await findCaseByReference(db, decoded.toUpperCase()) : null;
  if (!found) notFound();
  const access = caseAccess(actor, {
    leadUnitId: found.detail.leadUnitId,
    coUnitIds: found.coUnits.map((u) => u.id),
    citizenUserId: found.detail.citizenUserId,
    accusedUnitId: found.detail.accusedUnitId,
  });
  if (access === "none") notFound();

  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const full = access === "full";
  // Units read a whistle-blower report they handle without who filed it, but still handle it.
  // Supervisors see who filed such a report, but act through supervision, not this panel.
  const handling = UNIT_ROLES.has(actor.role) && access === "redacted";
  // The contact is read for redaction too; it is shown only with full access.
  const [contact, events, calendar] = await Promise.all([
    findCaseContact(db, found.id),
    listCaseEvents(db, found.id, timelineScope(actor.role, access) === "public"),
    loadCalendar(),
  ]);
  const redact = redactorFor(contact);
  const text = (value: string) => (access === "redacted" ? redact(value) : value);
  const dates = await caseDateFormatters(calendar);
  const when = (date: Date | null) => dates.when(date) ?? "—";
  const due = (date: Date | null) => dates.due(date) ?? "—";
  const light = caseLight(found, calendar, new Date());
  const { detail } = found;
  const { done } = await searchParams;
  const doneMessage = done && t.has(`workflow.done.${done}` as never) ? t(`workflow.done.${done}` as never) : null;

  const facts: [string, string][] = [
    [t("caseView.status"), t(`status.${detail.status}`)],
    [t("caseView.type"), t(`caseType.${detail.type}`)],
    [t("caseView.channel"), t(`channel.${detail.channel}`)],
    [t("caseView.category"), localized(locale, found.categoryZh, found.categoryEn)],
    [t("caseView.district"), localized(locale, found.districtZh, found.districtEn) || "—"],
    [t("caseView.leadUnit"), localized(locale, found.unitZh, found.unitEn) || "—"],
    [t("caseView.coUnits"), found.coUnits.map((u) => localized(locale, u.nameZh, u.nameEn)).join("、") || "—"],
    [t("caseView.created"), when(detail.createdAt)],
    [t("caseView.dispatched"), when(detail.dispatchedAt)],
    [t("caseView.signForDue"), due(detail.signForDueAt)],
    [t("caseView.replyDue"), due(detail.replyDueAt)],
    [t("caseView.replied"), when(detail.repliedAt)],
  ];

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="font-mono text-slate-600">{detail.reference}</p>
        <h1 className="text-3xl font-bold text-brand-900">{text(detail.title)}</h1>
        {light ? <TrafficLightBadge light={light} label={t(`light.${light}`)} /> : null}
        {access === "redacted" ? <p className="text-sm text-slate-600">{t("caseView.redactedNotice")}</p> : null}
        {detail.importedAt ? (
          <p role="note" className="rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-800">
            <strong>{t("caseView.imported")}</strong> — {t("caseView.importedNote", { date: when(detail.importedAt) })}
          </p>
        ) : null}
      </header>
      <StatusMessage>{doneMessage}</StatusMessage>
      <FactList facts={facts} />
      <OverdueCards caseId={found.id} reference={found.reference} />
      <section aria-labelledby="description-heading" className="space-y-2">
        <h2 id="description-heading" className="text-xl font-semibold">
          {t("caseView.description")}
        </h2>
        <p className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4">
          {text(detail.description)}
        </p>
      </section>
      {detail.replyText ? (
        <section aria-labelledby="reply-heading" className="space-y-2">
          <h2 id="reply-heading" className="text-xl font-semibold">
            {t("caseView.reply")} {detail.replyOutcome ? `· ${t(`outcome.${detail.replyOutcome}`)}` : ""}
          </h2>
          <p className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4">
            {text(detail.replyText)}
          </p>
          {detail.replyLegalBasis ? (
            <p className="text-sm">
              {t("caseView.legalBasis")}: {text(detail.replyLegalBasis)}
            </p>
          ) : null}
        </section>
      ) : null}
      {full && contact ? (
        <section aria-labelledby="contact-heading" className="space-y-2">
          <h2 id="contact-heading" className="text-xl font-semibold">
            {t("caseView.contact")}
          </h2>
          <dl className="grid gap-1 sm:grid-cols-2">
            <div className="flex gap-2">
              <dt className="text-slate-600">{t("caseView.contactName")}</dt>
              <dd>{contact.name ?? "—"}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-600">{t("caseView.contactPhone")}</dt>
              <dd>{contact.phone ?? "—"}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-600">{t("caseView.contactEmail")}</dt>
              <dd>{contact.email ?? "—"}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      {(full || handling) && actor.role !== "citizen" && actor.role !== "supervisor" ? (
        <ActionPanel actor={actor} row={detail} coUnitIds={found.coUnits.map((u) => u.id)} />
      ) : null}
      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("caseView.timeline")}
        </h2>
        <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
          {events.map((event) => (
            <li key={event.id}>
              <p className="font-medium">
                {t(`event.${event.event}`)} → {t(`status.${event.toStatus}`)}
                {!event.isPublic ? (
                  <span className="ml-2 rounded bg-slate-200 px-1 text-xs">{t("caseView.internal")}</span>
                ) : null}
              </p>
              <p className="text-sm text-slate-600">
                {when(event.occurredAt)}
                {event.unitZh ? ` · ${localized(locale, event.unitZh, event.unitEn)}` : ""}
              </p>
              {event.note ? <p className="text-sm">{text(event.note)}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
