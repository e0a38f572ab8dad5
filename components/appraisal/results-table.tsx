import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { UnitAppraisalResult } from "@/lib/domain/appraisal/tally";

export interface ResultRow {
  unitId: number;
  unitName: string;
  /** Links the name to the unit's public page. */
  unitCode: string;
  result: UnitAppraisalResult;
  rank: number | null;
}

/** Every unit of a campaign: shares, scores, grade and rank; "too few ratings" instead of figures below the minimum. */
export async function AppraisalResultsTable({ rows, caption }: { rows: ResultRow[]; caption: string }) {
  const t = await getTranslations("appraisal");
  const format = await getFormatter();
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const score = (value: number | null) => (value === null ? "—" : format.number(value, { maximumFractionDigits: 1 }));
  const share = (row: ResultRow, light: "green" | "yellow" | "red") =>
    row.result.kind === "result" ? percent(row.result.shares[light]) : "—";
  const columns: Column<ResultRow>[] = [
    {
      key: "rank",
      header: t("columns.rank"),
      numeric: true,
      cell: (row) => (row.rank === null ? "—" : format.number(row.rank)),
    },
    {
      key: "unit",
      header: t("columns.unit"),
      cell: (row) => (
        <Link href={`/transparency/units/${row.unitCode}`} className="text-brand-700 underline">
          {row.unitName}
        </Link>
      ),
    },
    {
      key: "ratings",
      header: t("columns.ratings"),
      numeric: true,
      // Below the minimum sample the shares stay hidden; the count says why.
      cell: (row) =>
        row.result.kind === "too_few"
          ? t("result.tooFewCount", { ratings: row.result.ratings })
          : format.number(row.result.ratings),
    },
    { key: "green", header: t("lights.green"), numeric: true, cell: (row) => share(row, "green") },
    { key: "yellow", header: t("lights.yellow"), numeric: true, cell: (row) => share(row, "yellow") },
    { key: "red", header: t("lights.red"), numeric: true, cell: (row) => share(row, "red") },
    {
      key: "appraisal",
      header: t("columns.appraisal"),
      numeric: true,
      cell: (row) => (row.result.kind === "result" ? score(row.result.appraisalScore) : "—"),
    },
    {
      key: "scorecard",
      header: t("columns.scorecard"),
      numeric: true,
      cell: (row) => (row.result.kind === "result" ? score(row.result.scorecardScore) : "—"),
    },
    {
      key: "combined",
      header: t("columns.combined"),
      numeric: true,
      cell: (row) => (row.result.kind === "result" ? score(row.result.combinedScore) : "—"),
    },
    {
      key: "grade",
      header: t("columns.grade"),
      cell: (row) =>
        row.result.kind === "result" ? (
          <TrafficLightBadge light={row.result.light} label={t(`grade.${row.result.grade}`)} />
        ) : (
          "—"
        ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.unitId}
      empty={t("results.noUnits")}
    />
  );
}
