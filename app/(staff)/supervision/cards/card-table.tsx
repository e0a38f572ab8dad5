import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OverdueCardBadge } from "@/components/overdue-card-badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { CardDeadline, CardKind } from "@/lib/domain/supervision/cards";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";

export interface CardRow {
  id: number;
  kind: CardKind;
  /** The case deadline missed; null for an overdue supervision notice's card. */
  deadline: CardDeadline | null;
  noticeId?: number | null;
  dueAt: Date;
  workingDaysLate: number;
  issuedAt: Date;
  unitZh: string;
  unitEn: string;
  /** The case, where the table lists several cases' cards; its title already redacted as needed. */
  reference?: string | null;
  title?: string | null;
}

export type CardColumn = "case" | "title" | "kind" | "deadline" | "due" | "late" | "unit" | "issued";

/** Overdue cards as a table: the case page, the unit's desk and the supervisors' board. */
export async function CardTable({
  rows,
  calendar,
  caption,
  show,
}: {
  rows: CardRow[];
  calendar: WorkingCalendar;
  caption: string;
  show: CardColumn[];
}) {
  const t = await getTranslations("cards");
  const locale = (await getLocale()) as Locale;
  const dates = await caseDateFormatters(calendar);
  const all: Record<CardColumn, Column<CardRow>> = {
    case: {
      key: "case",
      header: t("columns.case"),
      cell: (row) =>
        row.reference ? (
          <Link href={`/cases/${row.reference}`} className="font-mono text-brand-700 underline">
            {row.reference}
          </Link>
        ) : row.noticeId ? (
          t("notice", { id: row.noticeId })
        ) : null,
    },
    title: { key: "title", header: t("columns.title"), cell: (row) => row.title ?? "" },
    kind: {
      key: "kind",
      header: t("columns.kind"),
      cell: (row) => <OverdueCardBadge kind={row.kind} label={t(`kind.${row.kind}`)} />,
    },
    deadline: {
      key: "deadline",
      header: t("columns.deadline"),
      cell: (row) => t(row.deadline ? `deadline.${row.deadline}` : "deadline.notice"),
    },
    due: { key: "due", header: t("columns.due"), cell: (row) => dates.due(row.dueAt) },
    late: { key: "late", header: t("columns.late"), cell: (row) => row.workingDaysLate, numeric: true },
    unit: { key: "unit", header: t("columns.unit"), cell: (row) => localized(locale, row.unitZh, row.unitEn) },
    issued: { key: "issued", header: t("columns.issued"), cell: (row) => dates.when(row.issuedAt) },
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
