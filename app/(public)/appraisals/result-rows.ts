import type { ResultRow } from "@/components/appraisal/results-table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { CampaignResults } from "@/lib/services/appraisal/results";

/** The results table's rows, best first, then the units with too few ratings; names in the reader's language. */
export function resultRows(results: CampaignResults, locale: Locale): ResultRow[] {
  const rank = new Map(results.ranked.map((row) => [row.unit.id, row.rank]));
  return [...results.rows]
    .sort(
      (a, b) =>
        (rank.get(a.unit.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.unit.id) ?? Number.MAX_SAFE_INTEGER) ||
        b.result.ratings - a.result.ratings ||
        a.unit.id - b.unit.id,
    )
    .map((row) => ({
      unitId: row.unit.id,
      unitCode: row.unit.code,
      unitName: localized(locale, row.unit.nameZh, row.unit.nameEn),
      result: row.result,
      rank: rank.get(row.unit.id) ?? null,
    }));
}

/** Names of the units in a short list (does not pass, bottom-ranked). */
export function unitNames(
  rows: readonly { unit: { id: number; nameZh: string; nameEn: string } }[],
  locale: Locale,
): { id: number; name: string }[] {
  return rows.map((row) => ({ id: row.unit.id, name: localized(locale, row.unit.nameZh, row.unit.nameEn) }));
}
