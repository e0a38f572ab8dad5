import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TrafficLightBadge } from "@/components/traffic-light";
import type { LocalPeriod } from "@/lib/domain/metrics/periods";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";
import type { PeriodScorecard } from "@/lib/services/portal/unit-portal";
import { figureFormatters } from "./figures";

/** "2026 Q4", "November 2026", "2026" in the reader's language. */
export async function periodName(period: LocalPeriod): Promise<string> {
  const [t, fmt] = await Promise.all([getTranslations("portal"), figureFormatters()]);
  const [year = "", month = "01"] = period.startDate.split("-");
  if (period.kind === "month") return fmt.localMonth(period);
  if (period.kind === "quarter")
    return t("periodNames.quarter", { year, quarter: Math.floor((Number(month) - 1) / 3) + 1 });
  return t("periodNames.year", { year });
}

/** Figures down the side, periods across the top: a scorecard for month, quarter and year at a glance. */
export async function PeriodScorecardTable({ caption, periods }: { caption: string; periods: PeriodScorecard[] }) {
  const [t, fmt] = await Promise.all([getTranslations("portal"), figureFormatters()]);
  const names = await Promise.all(periods.map((item) => periodName(item.resolved.period)));
  const rows: { key: string; label: string; value: (scorecard: Scorecard) => ReactNode }[] = [
    { key: "score", label: t("figures.compositeScore"), value: (s) => fmt.score(s.metrics.compositeScore) },
    {
      key: "grade",
      label: t("figures.grade"),
      value: (s) =>
        s.grade && s.light ? (
          <TrafficLightBadge light={s.light} label={t(`grade.${s.grade}`)} />
        ) : (
          <span className="text-slate-600">{t("figures.noGrade")}</span>
        ),
    },
    { key: "replied", label: t("figures.replied"), value: (s) => fmt.count(s.metrics.casesReplied) },
    { key: "rated", label: t("figures.rated"), value: (s) => fmt.count(s.metrics.ratedCases) },
    { key: "response", label: t("rates.response"), value: (s) => fmt.rate(s.metrics.responseRate) },
    { key: "resolution", label: t("rates.resolution"), value: (s) => fmt.rate(s.metrics.resolutionRate) },
    { key: "satisfaction", label: t("rates.satisfaction"), value: (s) => fmt.rate(s.metrics.satisfactionRate) },
    { key: "signFor", label: t("rates.onTimeSignFor"), value: (s) => fmt.rate(s.metrics.onTimeSignForRate) },
    { key: "onTime", label: t("rates.onTimeReply"), value: (s) => fmt.rate(s.metrics.onTimeReplyRate) },
    { key: "dispute", label: t("rates.dispute"), value: (s) => fmt.rate(s.metrics.disputeRate) },
    { key: "rehandling", label: t("rates.rehandling"), value: (s) => fmt.rate(s.metrics.rehandlingRate) },
    {
      key: "median",
      label: t("figures.medianDays"),
      value: (s) => fmt.median(s.metrics),
    },
    { key: "late", label: t("figures.repliedLate"), value: (s) => fmt.count(s.metrics.overdueCount) },
  ];
  return (
    <div className="space-y-2">
      <div
        className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-slate-700">
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("columns.figure")}
              </th>
              {periods.map((item, index) => (
                <th key={item.resolved.choice} scope="col" className="px-3 py-2 text-right font-semibold">
                  {t(`periods.${item.resolved.choice}`)}
                  <span className="block font-normal text-slate-600">{names[index]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-200">
                <th scope="row" className="px-3 py-2 font-medium">
                  {row.label}
                </th>
                {periods.map((item) => (
                  <td key={item.resolved.choice} className="px-3 py-2 text-right tabular-nums">
                    {row.value(item.scorecard)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {periods.some((item) => item.frozenAt) ? (
        <p className="text-sm text-slate-600">
          {periods
            .filter((item) => item.frozenAt)
            .map((item, index) =>
              t("unit.frozen", {
                period: t(`periods.${item.resolved.choice}`),
                date: fmt.date(item.frozenAt) ?? "",
                index,
              }),
            )
            .join(" ")}
        </p>
      ) : null}
    </div>
  );
}
