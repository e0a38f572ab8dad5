// The published scorecards (docs/rules.md#metrics, #grade-bands): database rows become MetricCase facts, the pure
// metric and grading rules in lib/domain/metrics turn them into rates, a score and a light.
import "server-only";
import type { Queryable } from "@/db/client";
import { type RepliedCaseRow, listRepliedCases } from "@/db/queries/metrics";
import type { TrafficLight } from "@/lib/domain/deadlines/traffic-light";
import { type ReturnTally, ZERO_RETURN_TALLY, returnTallies, returnTally } from "@/lib/domain/metrics/return-rate";
import { DEFAULT_GRADE_BANDS, type Grade, type GradeBands, gradeLight, gradeScore } from "@/lib/domain/metrics/grading";
import {
  DEFAULT_WEIGHTS,
  type MetricCase,
  type ScoreWeights,
  type UnitMetrics,
  unitMetrics,
} from "@/lib/domain/metrics/unit-metrics";
import type { MonthPeriod } from "./month-period";

export interface ScorecardOptions {
  minimumSample: number;
  weights?: ScoreWeights;
  bands?: GradeBands;
}

export interface Scorecard {
  metrics: UnitMetrics;
  /** Null while the composite score has too few rated cases. */
  grade: Grade | null;
  light: TrafficLight | null;
}

export function toMetricCase(row: RepliedCaseRow): MetricCase {
  // The feedback columns come from a left join: all null when the citizen did not rate the case.
  const satisfaction = row.feedbackSatisfaction;
  return {
    feedback:
      satisfaction === null
        ? null
        : { contacted: row.feedbackContacted === true, solved: row.feedbackSolved === true, satisfaction },
    signedForOnTime: row.signedForOnTime,
    repliedOnTime: row.repliedOnTime === true,
    rehandled: row.rehandleCount > 0,
    // Frozen on every reply by a unit (which always follows a dispatch); 0 keeps a damaged row in the rates.
    workingDaysToReply: row.workingDaysToReply ?? 0,
    overdue: row.repliedOnTime === false,
  };
}

/** A replied case's return facts (lib/domain/metrics/return-rate.ts): who replied, who returned it. */
export function toReturnFacts(row: RepliedCaseRow) {
  return { replyingUnit: row.unitId, returnedBy: row.returnedByUnitIds };
}

export function scorecardOf(
  facts: readonly MetricCase[],
  options: ScorecardOptions,
  returns: ReturnTally = ZERO_RETURN_TALLY,
): Scorecard {
  const metrics = unitMetrics(facts, {
    minimumSample: options.minimumSample,
    weights: options.weights ?? DEFAULT_WEIGHTS,
    returns,
  });
  if (metrics.compositeScore.kind !== "score") return { metrics, grade: null, light: null };
  const grade = gradeScore(metrics.compositeScore.value, options.bands ?? DEFAULT_GRADE_BANDS);
  return { metrics, grade, light: gradeLight(grade) };
}

export interface PeriodScorecards {
  city: Scorecard;
  byUnit: ReadonlyMap<number, Scorecard>;
  /** A unit with no replies in the period still has a scorecard: every rate "too few cases". */
  forUnit(unitId: number): Scorecard;
}

/** The whole city and every unit for one period, from one query. */
export async function periodScorecards(
  db: Queryable,
  period: MonthPeriod,
  options: ScorecardOptions,
  /** Leave out historic cases imported at or after this instant (see listRepliedCases). */
  importedBefore: Date | null = null,
): Promise<PeriodScorecards> {
  const rows = await listRepliedCases(db, { from: period.from, to: period.to, importedBefore });
  const grouped = new Map<number, MetricCase[]>();
  for (const row of rows) {
    if (row.unitId === null) continue;
    const list = grouped.get(row.unitId) ?? [];
    list.push(toMetricCase(row));
    grouped.set(row.unitId, list);
  }
  // The return rate is charged to the units that returned a case, which may never have replied to any.
  const returns = returnTallies(rows.map(toReturnFacts));
  const unitIds = new Set([...grouped.keys(), ...returns.keys()].filter((id): id is number => id !== null));
  const byUnit = new Map(
    [...unitIds].map(
      (unitId) => [unitId, scorecardOf(grouped.get(unitId) ?? [], options, returns.get(unitId))] as const,
    ),
  );
  const empty = scorecardOf([], options);
  return {
    city: scorecardOf(rows.map(toMetricCase), options, returnTally(rows.map(toReturnFacts))),
    byUnit,
    forUnit: (unitId) => byUnit.get(unitId) ?? empty,
  };
}

/** One unit's scorecard for each of the given months, from one query over their whole span. */
export async function unitMonthlyScorecards(
  db: Queryable,
  unitId: number,
  months: readonly MonthPeriod[],
  options: ScorecardOptions,
): Promise<{ period: MonthPeriod; scorecard: Scorecard }[]> {
  if (months.length === 0) return [];
  const from = new Date(Math.min(...months.map((m) => m.from.getTime())));
  const to = new Date(Math.max(...months.map((m) => m.to.getTime())));
  const rows = await listRepliedCases(db, { from, to, unitId });
  return months.map((period) => {
    const inPeriod = rows.filter(
      (row) => row.repliedAt !== null && row.repliedAt >= period.from && row.repliedAt < period.to,
    );
    return {
      period,
      scorecard: scorecardOf(
        // Rows the unit only returned count in its return rate alone.
        inPeriod.filter((row) => row.unitId === unitId).map(toMetricCase),
        options,
        returnTally(inPeriod.map(toReturnFacts), unitId),
      ),
    };
  });
}

/** Units by composite score, best first; units with too few rated cases last, by sample size. */
export function rankByScore<T extends { scorecard: Scorecard }>(rows: readonly T[]): T[] {
  const score = (row: T) =>
    row.scorecard.metrics.compositeScore.kind === "score" ? row.scorecard.metrics.compositeScore.value : -1;
  return [...rows].sort(
    (a, b) => score(b) - score(a) || b.scorecard.metrics.ratedCases - a.scorecard.metrics.ratedCases,
  );
}
