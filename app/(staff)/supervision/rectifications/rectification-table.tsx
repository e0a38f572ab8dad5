import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { RectificationListRow } from "@/db/queries/rectifications";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { rectificationState } from "@/lib/domain/supervision/rectifications";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";
import { causeOf } from "@/lib/presenters/rectification-cause";

export type RectificationColumn = "number" | "unit" | "cause" | "due" | "state";

/** Rectifications as a table: the supervisors' list (to /supervision) and the unit's desk (to /unit). */
export async function RectificationTable({
  rows,
  calendar,
  now,
  caption,
  empty,
  show,
  linkBase,
}: {
  rows: RectificationListRow[];
  calendar: WorkingCalendar;
  now: Date;
  caption: string;
  empty: string;
  show: RectificationColumn[];
  linkBase: "/supervision/rectifications" | "/unit/rectifications";
}) {
  const t = await getTranslations("rectifications");
  const locale = (await getLocale()) as Locale;
  const dates = await caseDateFormatters(calendar);
  const causes = new Map(await Promise.all(rows.map(async (row) => [row.id, await causeOf(row)] as const)));
  const all: Record<RectificationColumn, Column<RectificationListRow>> = {
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
    cause: { key: "cause", header: t("columns.cause"), cell: (row) => causes.get(row.id) },
    due: { key: "due", header: t("columns.due"), cell: (row) => dates.due(row.dueAt) },
    state: {
      key: "state",
      header: t("columns.state"),
      cell: (row) => {
        const state = rectificationState(row, now);
        return <span className={state === "overdue" ? "font-semibold text-red-800" : ""}>{t(`state.${state}`)}</span>;
      },
    },
  };
  return (
    <DataTable
      caption={caption}
      columns={show.map((column) => all[column])}
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
    />
  );
}
