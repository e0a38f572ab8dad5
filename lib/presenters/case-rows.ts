import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CaseTableLabels, CaseTableRow } from "@/components/case-table";
import type { CaseListRow } from "@/db/queries/cases";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { TrafficLight } from "@/lib/domain/deadlines/traffic-light";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { caseLight } from "@/lib/services/cases/case-lights";
import { caseDateFormatters } from "./due-date";

export type LitCase = CaseListRow & { light: TrafficLight | null };

export function withLights(rows: CaseListRow[], calendar: WorkingCalendar, now: Date): LitCase[] {
  return rows.map((row) => ({ ...row, light: caseLight(row, calendar, now) }));
}

export type ContactVisibility = "shown" | "redacted";

/**
 * Turns case rows into translated table rows for the reader's language. Titles are redacted with
 * the citizen's contact unless the reader may see the contact anyway (`contact: "shown"`: the
 * citizen's own list, the dispatch desk, the units handling the cases). A function decides row by
 * row: a unit reads a whistle-blower report it handles without the filer's contact.
 */
export async function presentCaseRows(
  rows: LitCase[],
  calendar: WorkingCalendar,
  options: { contact: ContactVisibility | ((row: LitCase) => ContactVisibility) },
): Promise<CaseTableRow[]> {
  const contactOf = (row: LitCase) => (typeof options.contact === "function" ? options.contact(row) : options.contact);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const dates = await caseDateFormatters(calendar);
  const due = (date: Date | null) => dates.due(date) ?? "—";
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    href: `/cases/${row.reference}`,
    title: contactOf(row) === "shown" ? row.title : redactorFor(row.contact)(row.title),
    category: localized(locale, row.categoryZh, row.categoryEn),
    district: localized(locale, row.districtZh, row.districtEn) || "—",
    unit: localized(locale, row.unitZh, row.unitEn) || "—",
    status: t(`status.${row.status}`),
    light: row.light ? { light: row.light, label: t(`light.${row.light}`) } : null,
    due: due(row.replyDueAt),
    created: when(row.createdAt),
  }));
}

export async function caseTableLabels(caption: string, empty: string): Promise<CaseTableLabels> {
  const t = await getTranslations("caseTable");
  return {
    caption,
    empty,
    reference: t("reference"),
    title: t("title"),
    category: t("category"),
    district: t("district"),
    unit: t("unit"),
    status: t("status"),
    light: t("light"),
    due: t("due"),
    created: t("created"),
  };
}
