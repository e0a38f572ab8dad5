import { connection } from "next/server";
import { getTimeZone, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { portalOverview } from "@/lib/services/portal/overview";
import { CountsChart, RatesChart, VolumeChart, localizedCounts } from "./chart-tables";
import { FigureList } from "./figure-list";
import { figureFormatters } from "./figures";
import { FreshnessNote } from "./freshness-note";
import { ScoreNote } from "./score-note";
import { UnitsTable } from "./units-table";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("overview.title") };
}

const LIGHT_FILLS = {
  green: "fill-green-700",
  yellow: "fill-amber-500",
  red: "fill-red-700",
  none: "fill-slate-400",
} as const;

/** The city's figures: this month, twelve months of charts with tables, and every unit's scorecard. */
export default async function TransparencyPage() {
  await connection();
  const now = new Date();
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const [overview, t, tm, fmt] = await Promise.all([
    portalOverview(db, calendar, now),
    getTranslations("portal"),
    getTranslations("transparencyMonth"),
    figureFormatters(),
  ]);
  const { current, shown, opening, city, trend, options } = overview;
  const thisMonth = trend[opening.index];
  const month = fmt.localMonth(shown);
  const metrics = city.metrics;
  const first = trend[0];
  const lastMonth = fmt.localMonth(current);
  const span = first ? { from: fmt.localMonth(first.period), to: lastMonth } : { from: lastMonth, to: lastMonth };

  const volumeFigures = [
    { label: t("figures.received"), value: fmt.count(thisMonth?.received ?? 0) },
    { label: t("figures.closed"), value: fmt.count(thisMonth?.closed ?? 0) },
    { label: t("figures.replied"), value: fmt.count(metrics.casesReplied) },
    { label: t("figures.rated"), value: fmt.count(metrics.ratedCases) },
    { label: t("figures.notRated"), value: fmt.count(metrics.notRated) },
    { label: t("figures.medianDays"), value: fmt.median(metrics) },
  ];
  const rateFigures = [
    { label: t("rates.response"), value: fmt.rate(metrics.responseRate) },
    { label: t("rates.resolution"), value: fmt.rate(metrics.resolutionRate) },
    { label: t("rates.satisfaction"), value: fmt.rate(metrics.satisfactionRate) },
    { label: t("rates.onTimeReply"), value: fmt.rate(metrics.onTimeReplyRate) },
  ];
  const lightRows = (["green", "yellow", "red", "none"] as const).map((light) => ({
    code: light,
    name: t(`lights.${light}`),
    count: overview.lights[light],
    fill: LIGHT_FILLS[light],
  }));

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("overview.heading")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("overview.lead", { timeZone: await getTimeZone() })}</p>
        <FreshnessNote refreshedAt={overview.refreshedAt} />
        {opening.reason === "current_too_few" ? (
          <p className="max-w-3xl rounded border border-brand-100 bg-brand-50 p-3 text-brand-900">
            {tm("currentTooFew", {
              current: lastMonth,
              month,
              rated: trend[trend.length - 1]?.scorecard.metrics.ratedCases ?? 0,
              minimum: options.minimumSample,
            })}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="volume-heading" className="space-y-3">
        <h2 id="volume-heading" className="text-xl font-semibold">
          {t("overview.volumeHeading", { month })}
        </h2>
        <FigureList figures={volumeFigures} />
      </section>
      <section aria-labelledby="rates-heading" className="space-y-3">
        <h2 id="rates-heading" className="text-xl font-semibold">
          {t("overview.ratesHeading", { month })}
        </h2>
        <FigureList figures={rateFigures} />
        <p className="max-w-3xl text-sm text-slate-600">
          {t("overview.ratesNote", { minimum: options.minimumSample })}
        </p>
      </section>
      <section aria-labelledby="trends-heading" className="space-y-4">
        <h2 id="trends-heading" className="text-xl font-semibold">
          {t("overview.trendsHeading", span)}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <VolumeChart id="chart-volume" caption={t("charts.volume", span)} trend={trend} fmt={fmt} />
          <RatesChart id="chart-rates" caption={t("charts.rates", span)} trend={trend} fmt={fmt} />
          <CountsChart
            id="chart-categories"
            caption={t("charts.topCategories", span)}
            rows={await localizedCounts(overview.topCategories)}
            fmt={fmt}
            nameHeader={t("columns.category")}
            countHeader={t("columns.received")}
            href={(code) => `/transparency/categories/${code}`}
          />
          <CountsChart
            id="chart-districts"
            caption={t("charts.topDistricts", span)}
            rows={await localizedCounts(overview.topDistricts)}
            fmt={fmt}
            nameHeader={t("columns.district")}
            countHeader={t("columns.received")}
          />
          <CountsChart
            id="chart-lights"
            caption={t("charts.lights", { month })}
            rows={lightRows}
            fmt={fmt}
            nameHeader={t("columns.grade")}
            countHeader={t("columns.units")}
          />
        </div>
      </section>
      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-xl font-semibold">
          {t("overview.unitsHeading", { month })}
        </h2>
        <UnitsTable caption={t("overview.unitsCaption", { month })} units={overview.units} fmt={fmt} />
        <ScoreNote options={options} />
      </section>
    </div>
  );
}
