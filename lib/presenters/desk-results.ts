import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import type { DeskSearchResult } from "@/lib/services/desk/search-cases";

export interface DeskResultRow {
  id: number;
  reference: string;
  href: string;
  title: string;
  category: string;
  unit: string;
  status: string;
  created: string;
  /** Operators only. */
  caller: string | null;
  /** A replied case an operator may call back about. */
  callbackHref: string | null;
}

export interface DeskResults {
  kind: DeskSearchResult["kind"];
  heading: string;
  summary: string;
  rows: DeskResultRow[];
  showContacts: boolean;
}

/** The search's rows in the reader's language; without the caller's details for supervisors. */
export async function presentDeskResults(result: DeskSearchResult): Promise<DeskResults> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const rows = result.rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    href: `/cases/${row.reference}`,
    title: result.showContacts ? row.title : redactorFor(row.contact)(row.title),
    category: localized(locale, row.categoryZh, row.categoryEn),
    unit: localized(locale, row.unitZh, row.unitEn) || "—",
    status: t(`status.${row.status}`),
    created: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    caller: result.showContacts
      ? [row.contact?.name, row.contact?.phone].filter((part): part is string => Boolean(part)).join(" · ") || "—"
      : null,
    callbackHref: result.mayCallback && row.status === "replied" ? `/desk/callback/${row.reference}` : null,
  }));
  const count = rows.length;
  const summary = [
    t("hotline.search.found", { count, more: result.more ? "yes" : "no" }),
    result.from || result.to
      ? t("hotline.search.rangeSummary", { from: result.from ?? "…", to: result.to ?? "…" })
      : t("hotline.search.allTime"),
  ].join(" ");
  return {
    kind: result.kind,
    heading: result.kind === "phone" ? t("hotline.search.historyTitle") : t("hotline.search.resultsTitle"),
    summary,
    rows,
    showContacts: result.showContacts,
  };
}
