import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listKnowledgeEntries } from "@/db/queries/knowledge";
import { listActiveUnits } from "@/db/queries/metrics";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { isOverdue } from "@/lib/services/knowledge/knowledge-base";
import { saveKnowledgeEntryAction, setKnowledgeEntryActiveAction } from "./actions";

const DONE = ["saved", "withdrawn", "restored"] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("adminPeople"))("knowledge.title") };
}

/** Every unit's entries, overdue ones flagged, and one form for a new entry or the one being edited. */
export default async function AdminKnowledgePage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; done?: string }>;
}) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const { edit, done } = await searchParams;
  const today = (await loadCalendar(db)).localDate(new Date());
  const rows = await listKnowledgeEntries(db);
  const unitRows = await listActiveUnits(db);
  const editing = rows.find((r) => String(r.entry.id) === edit)?.entry;
  const doneKey = DONE.find((d) => d === done);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "unit", header: t("adminPeople.knowledge.unit"), cell: (r) => localized(locale, r.unitZh, r.unitEn) },
    {
      key: "question",
      header: t("adminPeople.knowledge.question"),
      cell: (r) => localized(locale, r.entry.questionZh, r.entry.questionEn),
    },
    {
      key: "reviewBy",
      header: t("adminPeople.knowledge.reviewBy"),
      cell: (r) => <span className="tabular-nums">{r.entry.reviewBy}</span>,
    },
    {
      key: "status",
      header: t("adminPeople.knowledge.status"),
      cell: (r) =>
        !r.entry.active ? (
          t("adminPeople.knowledge.inactive")
        ) : isOverdue(r.entry, today) ? (
          <strong className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">
            {t("adminPeople.knowledge.overdue")}
          </strong>
        ) : (
          t("adminPeople.knowledge.current")
        ),
    },
    {
      key: "edit",
      header: t("adminPeople.knowledge.edit"),
      cell: (r) => (
        <Link
          href={`/admin/knowledge?edit=${r.entry.id}`}
          className="text-brand-700 underline"
          aria-label={t("adminPeople.knowledge.editEntry", { id: r.entry.id })}
        >
          {t("adminPeople.knowledge.edit")}
        </Link>
      ),
    },
  ];
  const caption = t("adminPeople.knowledge.caption", { count: rows.length });
  const pending = t("adminPeople.pending");
  const text = (name: string) => ({
    kind: "text" as const,
    name,
    label: t(`adminPeople.fields.${name}` as "adminPeople.fields.questionZh"),
  });
  const area = (name: string) => ({
    kind: "textarea" as const,
    name,
    label: t(`adminPeople.fields.${name}` as "adminPeople.fields.answerZh"),
    rows: 5,
  });
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin" className="text-brand-700 underline">
            {t("admin.title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("adminPeople.knowledge.title")}</h1>
        <p className="text-slate-700">{t("adminPeople.knowledge.lead")}</p>
      </div>
      <StatusMessage>{doneKey ? t(`adminPeople.knowledge.${doneKey}`) : null}</StatusMessage>
      <section aria-labelledby="knowledge-heading" className="space-y-3">
        <h2 id="knowledge-heading" className="text-xl font-semibold">
          {caption}
        </h2>
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.entry.id}
          empty={t("adminPeople.knowledge.empty")}
        />
      </section>
      {editing ? (
        <p>
          <Link href="/admin/knowledge" className="text-brand-700 underline">
            {t("adminPeople.knowledge.newLink")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <CaseActionForm
          // A new key per entry, so the form starts from that entry's values.
          key={editing?.id ?? "new"}
          title={editing ? t("adminPeople.knowledge.editTitle") : t("adminPeople.knowledge.newTitle")}
          fields={[
            {
              kind: "select",
              name: "unitId",
              label: t("adminPeople.fields.unit"),
              placeholder: t("adminPeople.fields.chooseUnit"),
              options: unitRows.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
            },
            text("questionZh"),
            text("questionEn"),
            area("answerZh"),
            area("answerEn"),
            text("legalBasis"),
            text("reviewBy"),
          ]}
          action={saveKnowledgeEntryAction.bind(null, editing?.id ?? null)}
          submitLabel={t("adminPeople.knowledge.submit")}
          pendingLabel={pending}
          initialValues={
            editing
              ? {
                  unitId: String(editing.unitId),
                  questionZh: editing.questionZh,
                  questionEn: editing.questionEn,
                  answerZh: editing.answerZh,
                  answerEn: editing.answerEn,
                  legalBasis: editing.legalBasis ?? "",
                  reviewBy: editing.reviewBy,
                }
              : undefined
          }
        />
        {editing ? (
          editing.active ? (
            <CaseActionForm
              key={`withdraw-${editing.id}`}
              title={t("adminPeople.knowledge.deactivateTitle")}
              description={t("adminPeople.knowledge.deactivateDescription")}
              fields={[]}
              action={setKnowledgeEntryActiveAction.bind(null, editing.id, false)}
              submitLabel={t("adminPeople.knowledge.deactivateSubmit")}
              pendingLabel={pending}
            />
          ) : (
            <CaseActionForm
              key={`restore-${editing.id}`}
              title={t("adminPeople.knowledge.reactivateTitle")}
              description={t("adminPeople.knowledge.reactivateDescription")}
              fields={[]}
              action={setKnowledgeEntryActiveAction.bind(null, editing.id, true)}
              submitLabel={t("adminPeople.knowledge.reactivateSubmit")}
              pendingLabel={pending}
            />
          )
        ) : null}
      </div>
    </div>
  );
}
