// Scorecards from the daily rollups: the same UnitMetrics, grades and lights as
// lib/services/metrics/unit-scorecard.ts computes from the cases, without reading the cases.
import "server-only";
import type { Queryable } from "@/db/client";
import { DEFAULT_GRADE_BANDS, gradeLight, gradeScore } from "@/lib/domain/metrics/grading";
import { type MetricCounts, type UnitMetrics, metricsFromCounts } from "@/lib/domain/metrics/unit-metrics";
import { type HistogramBin, ZERO_COUNTS, medianOfHistogram, sumCounts } from "@/lib/domain/portal/rollup-sums";
import type { PeriodScorecards, Scorecard, ScorecardOptions } from "@/lib/services/metrics/unit-scorecard";
import { type DayRange, unitCounts, unitReplyHistograms } from "./rollup-queries";

export function scorecardFromMetrics(metrics: UnitMetrics, options: ScorecardOptions): Scorecard {
  if (metrics.compositeScore.kind !== "score") return { metrics, grade: null, light: null };
  const grade = gradeScore(metrics.compositeScore.value, options.bands ?? DEFAULT_GRADE_BANDS);
  return { metrics, grade, light: gradeLight(grade) };
}

export function scorecardFromCounts(
  counts: MetricCounts,
  histogram: readonly HistogramBin[],
  options: ScorecardOptions,
): Scorecard {
  return scorecardFromMetrics(metricsFromCounts(counts, medianOfHistogram(histogram), options), options);
}

/** The whole city and every unit over a range of local days, from two queries over the rollups. */
export async function rollupScorecards(
  db: Queryable,
  range: DayRange,
  options: ScorecardOptions,
  unitId?: number,
): Promise<PeriodScorecards> {
  const [counts, histograms] = await Promise.all([
    unitCounts(db, range, unitId),
    unitReplyHistograms(db, range, unitId),
  ]);
  const byUnit = new Map(
    [...counts].map(
      ([id, unitTotals]) => [id, scorecardFromCounts(unitTotals, histograms.get(id) ?? [], options)] as const,
    ),
  );
  const empty = scorecardFromCounts(ZERO_COUNTS, [], options);
  return {
    city: scorecardFromCounts(sumCounts([...counts.values()]), [...histograms.values()].flat(), options),
    byUnit,
    forUnit: (id) => byUnit.get(id) ?? empty,
  };
}
