import { getFormatter, getTranslations } from "next-intl/server";
import { medianFigure } from "@/lib/domain/metrics/sampled";
import type { CompositeScore, Rate, UnitMetrics } from "@/lib/domain/metrics/unit-metrics";
import type { LocalPeriod } from "@/lib/domain/metrics/periods";
import type { MonthPeriod } from "@/lib/services/metrics/month-period";

/** How the transparency pages write figures in the reader's language. */
export async function figureFormatters() {
  const t = await getTranslations("portal");
  const format = await getFormatter();
  return {
    rate: (rate: Rate) =>
      rate.kind === "rate"
        ? format.number(rate.value, { style: "percent", maximumFractionDigits: 1 })
        : t("tooFew", { sample: rate.sample, minimum: rate.minimum }),
    score: (score: CompositeScore) =>
      score.kind === "score"
        ? format.number(score.value, { maximumFractionDigits: 1 })
        : t("tooFew", { sample: score.sample, minimum: score.minimum }),
    /** The median time to reply, "too few cases" below the minimum sample like the rates. */
    median: (metrics: UnitMetrics) => {
      const median = medianFigure(metrics);
      return median.kind === "value"
        ? t("workingDays", { days: median.value })
        : t("tooFew", { sample: median.sample, minimum: median.minimum });
    },
    count: (value: number) => format.number(value),
    month: (period: MonthPeriod) => format.dateTime(period.from, { year: "numeric", month: "long" }),
    // Noon UTC on the local first day names the same month in every time zone.
    localMonth: (period: LocalPeriod) =>
      format.dateTime(new Date(`${period.startDate}T12:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" }),
    shortMonth: (period: LocalPeriod) =>
      format.dateTime(new Date(`${period.startDate}T12:00:00Z`), { month: "short", timeZone: "UTC" }),
    percentTick: (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 }),
    date: (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : null),
    dateTime: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
  };
}
