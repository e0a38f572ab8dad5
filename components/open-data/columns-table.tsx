import { getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import {
  CASE_COLUMNS,
  type OpenDataColumn,
  SCORECARD_COLUMNS,
  SCORECARD_RATES,
  type ScorecardRateKey,
} from "@/lib/domain/open-data/columns";

type Dataset = "cases" | "scorecards";

const RATE_COLUMN = new RegExp(`^(${SCORECARD_RATES.join("|")})_(rate|numerator|denominator)$`);

/**
 * The documented columns of an open-data download, from the same list the CSV and JSON writers
 * use. Rendered on the open-data page and the methodology page.
 */
export async function OpenDataColumnsTable({ dataset }: { dataset: Dataset }) {
  const t = await getTranslations("scorecards.columns");
  const meaning = (key: string): string => {
    if (dataset === "cases") return t(`cases.${key as (typeof CASE_COLUMNS)[number]["key"]}`);
    const rate = RATE_COLUMN.exec(key);
    if (rate)
      return t(`scorecards.${rate[2] as "rate" | "numerator" | "denominator"}`, {
        rate: t(`rates.${rate[1] as ScorecardRateKey}`),
      });
    return t(
      `scorecards.${key as Exclude<(typeof SCORECARD_COLUMNS)[number]["key"], `${ScorecardRateKey}_${"rate" | "numerator" | "denominator"}`>}`,
    );
  };
  const columns: Column<OpenDataColumn>[] = [
    { key: "column", header: t("header.column"), cell: (c) => <code className="font-mono text-sm">{c.key}</code> },
    { key: "type", header: t("header.type"), cell: (c) => t(`types.${c.type}`) },
    { key: "meaning", header: t("header.meaning"), cell: (c) => meaning(c.key) },
  ];
  const rows: OpenDataColumn[] = [...(dataset === "cases" ? CASE_COLUMNS : SCORECARD_COLUMNS)];
  return (
    <DataTable
      caption={t(dataset === "cases" ? "casesCaption" : "scorecardsCaption")}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.key}
      empty=""
    />
  );
}
