import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { findMeasure } from "@/db/queries/accountability";
import { listChangesToSubject } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { publishedMeasure } from "@/lib/domain/supervision/accountability";
import { localized } from "@/lib/i18n/localized";
import { updateFollowUpAction } from "../actions";

const HISTORY_ROWS = 50;

export async function generateMetadata() {
  return { title: (await getTranslations("accountability"))("board.title") };
}

function followUpOf(value: unknown): string {
  const text = (value as { followUp?: unknown } | null)?.followUp;
  return typeof text === "string" ? text : "";
}

/** One measure: its facts, its follow-up and the log of every change to it. */
export default async function MeasurePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("supervision.view");
  const { id: segment } = await params;
  if (!/^\d{1,9}$/.test(segment)) notFound();
  const db = await getDb();
  const measure = await findMeasure(db, Number(segment));
  if (!measure) notFound();
  const [t, locale, timeZone, { done }, history] = await Promise.all([
    getTranslations("accountability"),
    getLocale(),
    getTimeZone(),
    searchParams,
    listChangesToSubject(db, `accountability:${measure.id}`, HISTORY_ROWS),
  ]);
  const contacts = measure.cases.map((c) => c.contact);
  const shown = publishedMeasure({ ...measure, contacts }, true);
  const redact = (text: string) =>
    publishedMeasure({ ...measure, reason: text, followUp: null, contacts }, true).reason;
  const unit = localized(locale, measure.unitZh, measure.unitEn);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  type Entry = (typeof history)[number];
  const columns: Column<Entry>[] = [
    {
      key: "when",
      header: t("detail.when"),
      cell: (e) => <time dateTime={e.occurredAt.toISOString()}>{when.format(e.occurredAt)}</time>,
    },
    { key: "who", header: t("detail.who"), cell: (e) => e.name ?? e.email ?? "—" },
    {
      key: "change",
      header: t("detail.change"),
      cell: (e) =>
        e.before === null
          ? t("detail.recordedEntry")
          : t("detail.followUpEntry", { from: redact(followUpOf(e.before)), to: redact(followUpOf(e.after)) }),
    },
  ];
  const facts: [string, string][] = [
    [t("columns.date"), measure.takenOn],
    [t("columns.unit"), unit],
    [t("columns.kind"), t(`kind.${measure.kind}`)],
    [t("columns.official"), measure.officialName ?? t("board.none")],
    [t("columns.cases"), measure.cases.map((c) => c.reference).join(", ") || t("board.none")],
    [t("detail.campaign"), measure.campaignTitle ?? t("board.none")],
    [t("columns.reason"), shown.reason],
    [t("columns.followUp"), shown.followUp ?? t("board.none")],
    [t("detail.recordedAt"), when.format(measure.recordedAt)],
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/supervision/accountability" className="text-brand-700 underline">
          {t("board.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">
        {t("detail.title", { kind: t(`kind.${measure.kind}`), unit })}
      </h1>
      {done === "recorded" || done === "updated" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {t(done === "recorded" ? "board.recorded" : "detail.updated")}
        </p>
      ) : null}
      <section aria-labelledby="measure-facts" className="space-y-3">
        <h2 id="measure-facts" className="text-xl font-semibold">
          {t("detail.facts")}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-slate-700">{term}</dt>
              <dd className="whitespace-pre-line break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {can(actor.role, "supervision.act") ? (
        <div className="max-w-2xl">
          <CaseActionForm
            key={measure.followUp ?? ""}
            title={t("detail.editFollowUp")}
            description={t("detail.editLead")}
            fields={[{ kind: "textarea", name: "followUp", label: t("fields.followUpRequired"), rows: 5 }]}
            action={updateFollowUpAction.bind(null, measure.id)}
            submitLabel={t("detail.save")}
            pendingLabel={t("detail.saving")}
            initialValues={{ followUp: measure.followUp ?? "" }}
          />
        </div>
      ) : null}
      <section aria-labelledby="measure-history" className="space-y-3">
        <h2 id="measure-history" className="text-xl font-semibold">
          {t("detail.historyTitle")}
        </h2>
        <DataTable
          caption={t("detail.historyCaption")}
          columns={columns}
          rows={history}
          rowKey={(e) => e.id}
          empty={t("detail.empty")}
        />
      </section>
    </div>
  );
}
