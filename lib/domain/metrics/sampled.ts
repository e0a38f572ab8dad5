// The minimum sample for statistics other than rates (docs/rules.md#metrics): a median over fewer replied
// cases than the minimum sample is "too few cases", as a rate over them is. The open data keeps the
// value with its raw count; only the pages withhold it.
import type { UnitMetrics } from "./unit-metrics";

export type Statistic = { kind: "value"; value: number } | { kind: "too_few"; sample: number; minimum: number };

/** A statistic over `sample` cases: withheld below the minimum (at least one case, as for rates). */
export function sampledStatistic(value: number | null, sample: number, minimum: number): Statistic {
  const effectiveMinimum = Math.max(minimum, 1);
  if (value === null || sample < effectiveMinimum) return { kind: "too_few", sample, minimum: effectiveMinimum };
  return { kind: "value", value };
}

/**
 * The median working days to reply of a scorecard, over its replied cases. Its sample and minimum
 * are those of the on-time reply rate, which is counted over the same replied cases with the
 * minimum the scorecard was computed with.
 */
export function medianFigure(
  metrics: Pick<UnitMetrics, "medianWorkingDaysToReply" | "casesReplied" | "onTimeReplyRate">,
): Statistic {
  const rate = metrics.onTimeReplyRate;
  if (rate.kind === "too_few") return { kind: "too_few", sample: rate.sample, minimum: rate.minimum };
  return sampledStatistic(metrics.medianWorkingDaysToReply, metrics.casesReplied, 1);
}
