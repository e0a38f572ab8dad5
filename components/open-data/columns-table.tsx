import { getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import { type OpenDataColumn, SCORECARD_RATES, type ScorecardRateKey } from "@/lib/domain/open-data/columns";

const RATE_COLUMN = new RegExp(`^(${SCORECARD_RATES.join("|")})_(rate|numerator|denominator)$`);

/** What a table needs of a dataset of lib/services/open-data/registry.ts (components may not import services). */
export interface DocumentedDataset {
  name: string;
  columns: readonly OpenDataColumn[];
  /** Catalogue key of the column meanings. */
  messages: string;
}

/**
 * The documented columns of an open-data download, from the same list the CSV and JSON writers
 * use. Rendered on the open-data page and the methodology page.
 */
export async function OpenDataColumnsTable({ dataset }: { dataset: DocumentedDataset }) {
  const [t, tc, to] = await Promise.all([
    getTranslations(),
    getTranslations("scorecards.columns"),
    getTranslations("openData"),
  ]);
  const meaning = (key: string): string => {
    const rate = dataset.name === "scorecards" ? RATE_COLUMN.exec(key) : null;
    if (rate)
      return tc(`scorecards.${rate[2] as "rate" | "numerator" | "denominator"}`, {
        rate: tc(`rates.${rate[1] as ScorecardRateKey}`),
      });
    return t(`${dataset.messages}.${key}` as Parameters<typeof t>[0]);
  };
  const columns: Column<OpenDataColumn>[] = [
    { key: "column", header: tc("header.column"), cell: (c) => <code className="font-mono text-sm">{c.key}</code> },
    { key: "type", header: tc("header.type"), cell: (c) => tc(`types.${c.type}`) },
    { key: "measure", header: to("header.measure"), cell: (c) => (c.measure ? to(`measures.${c.measure}`) : "") },
    { key: "meaning", header: tc("header.meaning"), cell: (c) => meaning(c.key) },
  ];
  const caption =
    dataset.name === "cases"
      ? tc("casesCaption")
      : dataset.name === "scorecards"
        ? tc("scorecardsCaption")
        : t(`openData.datasets.${dataset.name}.caption` as Parameters<typeof t>[0]);
  return <DataTable caption={caption} columns={columns} rows={[...dataset.columns]} rowKey={(c) => c.key} empty="" />;
}
