import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { NoticeListRow } from "@/db/queries/supervision-notices";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { noticeState } from "@/lib/domain/supervision/notices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";

export type NoticeColumn = "number" | "unit" | "level" | "subject" | "issued" | "due" | "state" | "escalated";

/** Supervision notices as a table: the supervisors' list (links to /supervision) and the unit's desk (to /unit). */
export async function NoticeTable({
  rows,
  calendar,
  now,
  caption,
  show,
  linkBase,
}: {
  rows: NoticeListRow[];
  calendar: WorkingCalendar;
  now: Date;
  caption: string;
  show: NoticeColumn[];
  linkBase: "/supervision/notices" | "/unit/notices";
}) {
  const t = await getTranslations("notices");
  const locale = (await getLocale()) as Locale;
  const dates = await caseDateFormatters(calendar);
  const all: Record<NoticeColumn, Column<NoticeListRow>> = {
    number: {
      key: "number",
      header: t("columns.number"),
      cell: (row) => (
        <Link href={`${linkBase}/${row.id}`} className="text-brand-700 underline">
          {t("number", { id: row.id })}
        </Link>
      ),
    },
    unit: { key: "unit", header: t("columns.unit"), cell: (row) => localized(locale, row.unitZh, row.unitEn) },
    level: { key: "level", header: t("columns.level"), cell: (row) => t(`level.${row.level}`) },
    subject: { key: "subject", header: t("columns.subject"), cell: (row) => subjectOf(t, row) },
    issued: { key: "issued", header: t("columns.issued"), cell: (row) => dates.when(row.issuedAt) },
    due: { key: "due", header: t("columns.due"), cell: (row) => dates.due(row.dueAt) },
    state: {
      key: "state",
      header: t("columns.state"),
      cell: (row) => {
        const state = noticeState(row, now);
        return <span className={state === "overdue" ? "font-semibold text-red-800" : ""}>{t(`state.${state}`)}</span>;
      },
    },
    escalated: {
      key: "escalated",
      header: t("columns.escalated"),
      cell: (row) => (row.escalatedAt ? dates.when(row.escalatedAt) : t("no")),
    },
  };
  return (
    <DataTable
      caption={caption}
      columns={show.map((column) => all[column])}
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
    />
  );
}

/** What a notice is about, in a cell: its topic, its number of cases, or both. */
export function subjectOf(
  t: Awaited<ReturnType<typeof getTranslations<"notices">>>,
  notice: { topic: string | null; caseCount: number },
): string {
  if (notice.topic === null) return t("subject.cases", { count: notice.caseCount });
  return notice.caseCount > 0
    ? t("subject.casesAndTopic", { topic: notice.topic, count: notice.caseCount })
    : notice.topic;
}
