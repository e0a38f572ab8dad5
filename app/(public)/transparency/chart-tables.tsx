import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { LineChart } from "@/components/charts/line-chart";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { Rate } from "@/lib/domain/metrics/unit-metrics";
import { localized } from "@/lib/i18n/localized";
import type { MonthFigures, NamedCount } from "@/lib/services/portal/overview";
import { figureFormatters } from "./figures";

type Formatters = Awaited<ReturnType<typeof figureFormatters>>;

const RATE_LINES = [
  {
    key: "response",
    pick: (row: MonthFigures) => row.scorecard.metrics.responseRate,
    stroke: "stroke-brand-700",
    fill: "fill-brand-700",
  },
  {
    key: "resolution",
    pick: (row: MonthFigures) => row.scorecard.metrics.resolutionRate,
    stroke: "stroke-emerald-700",
    fill: "fill-emerald-700",
    dash: "6 4",
  },
  {
    key: "satisfaction",
    pick: (row: MonthFigures) => row.scorecard.metrics.satisfactionRate,
    stroke: "stroke-amber-600",
    fill: "fill-amber-600",
    dash: "2 3",
  },
  {
    key: "onTimeReply",
    pick: (row: MonthFigures) => row.scorecard.metrics.onTimeReplyRate,
    stroke: "stroke-slate-600",
    fill: "fill-slate-600",
    dash: "10 3 2 3",
  },
] as const;

const share = (rate: Rate) => (rate.kind === "rate" ? rate.value : null);

/** Cases per month: a column chart and its table. */
export async function VolumeChart({
  id,
  caption,
  trend,
  fmt,
  replies = false,
}: {
  id: string;
  caption: string;
  trend: MonthFigures[];
  fmt: Formatters;
  replies?: boolean;
}) {
  const t = await getTranslations("portal");
  // A unit's page charts its replies (and late replies) instead of the city's intake.
  const columns: Column<MonthFigures>[] = [
    { key: "month", header: t("columns.month"), cell: (row) => fmt.localMonth(row.period) },
    {
      key: "received",
      header: replies ? t("columns.replied") : t("columns.received"),
      numeric: true,
      cell: (row) => fmt.count(row.received),
    },
    {
      key: "closed",
      header: replies ? t("columns.overdue") : t("columns.closed"),
      numeric: true,
      cell: (row) => fmt.count(row.closed),
    },
  ];
  return (
    <ChartFigure
      id={id}
      caption={caption}
      tableLabel={t("charts.showTable")}
      chart={
        <ColumnChart
          title={caption}
          formatTick={fmt.count}
          data={trend.map((row) => ({
            key: row.period.key,
            label: fmt.shortMonth(row.period),
            value: row.received,
            valueLabel: fmt.count(row.received),
          }))}
        />
      }
      table={
        <DataTable
          caption={caption}
          columns={columns}
          rows={trend}
          rowKey={(row) => row.period.key}
          empty={t("noReplies")}
        />
      }
    />
  );
}

/** The rates month by month: a line chart (gaps where too few cases) and its table. */
export async function RatesChart({
  id,
  caption,
  trend,
  fmt,
}: {
  id: string;
  caption: string;
  trend: MonthFigures[];
  fmt: Formatters;
}) {
  const t = await getTranslations("portal");
  const columns: Column<MonthFigures>[] = [
    { key: "month", header: t("columns.month"), cell: (row) => fmt.localMonth(row.period) },
    {
      key: "rated",
      header: t("columns.rated"),
      numeric: true,
      cell: (row) => fmt.count(row.scorecard.metrics.ratedCases),
    },
    ...RATE_LINES.map((line) => ({
      key: line.key,
      header: t(`rates.${line.key}`),
      numeric: true,
      cell: (row: MonthFigures) => fmt.rate(line.pick(row)),
    })),
  ];
  return (
    <ChartFigure
      id={id}
      caption={caption}
      tableLabel={t("charts.showTable")}
      chart={
        <LineChart
          title={caption}
          formatTick={fmt.percentTick}
          xLabels={trend.map((row) => fmt.shortMonth(row.period))}
          series={RATE_LINES.map((line) => ({
            key: line.key,
            label: t(`rates.${line.key}`),
            values: trend.map((row) => share(line.pick(row))),
            stroke: line.stroke,
            fill: line.fill,
            dash: "dash" in line ? line.dash : undefined,
          }))}
        />
      }
      table={
        <DataTable
          caption={caption}
          columns={columns}
          rows={trend}
          rowKey={(row) => row.period.key}
          empty={t("noReplies")}
        />
      }
    />
  );
}

export interface ChartCount {
  code: string;
  name: string;
  count: number;
  fill?: string;
}

export async function localizedCounts(rows: NamedCount[]): Promise<ChartCount[]> {
  const locale = await getLocale();
  return rows.map((row) => ({ code: row.code, name: localized(locale, row.nameZh, row.nameEn), count: row.count }));
}

/** Names with counts (categories, districts, lights): bars and a table, names linked when `href` is given. */
export async function CountsChart({
  id,
  caption,
  rows,
  fmt,
  countHeader,
  nameHeader,
  href,
}: {
  id: string;
  caption: string;
  rows: ChartCount[];
  fmt: Formatters;
  countHeader: string;
  nameHeader: string;
  href?: (code: string) => string;
}) {
  const t = await getTranslations("portal");
  const name = (row: ChartCount) => row.name;
  const columns: Column<ChartCount>[] = [
    {
      key: "name",
      header: nameHeader,
      cell: (row) =>
        href ? (
          <Link href={href(row.code)} className="text-brand-700 underline">
            {name(row)}
          </Link>
        ) : (
          name(row)
        ),
    },
    { key: "count", header: countHeader, numeric: true, cell: (row) => fmt.count(row.count) },
  ];
  return (
    <ChartFigure
      id={id}
      caption={caption}
      tableLabel={t("charts.showTable")}
      chart={
        <BarChart
          title={caption}
          data={rows.map((row) => ({
            key: row.code,
            label: name(row),
            value: row.count,
            valueLabel: fmt.count(row.count),
            fill: row.fill,
          }))}
        />
      }
      table={
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.code}
          empty={t("charts.empty")}
        />
      }
    />
  );
}
