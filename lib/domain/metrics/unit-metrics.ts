// A unit's published figures for one period (docs/rules.md#metrics), over the cases whose reply fell
// in the period. The methodology page documents exactly these rules:
// - response, resolution and satisfaction are shares of *rated* cases; a case the citizen
//   did not rate is left out of those denominators, never counted as satisfied;
// - any rate over fewer cases than the minimum sample is "too few cases", never 0% or 100%;
// - the composite score needs the minimum sample of rated cases too.
// - the return rate is charged to the units that returned a case (./return-rate.ts), so it
//   comes with its own tally instead of from the replying unit's cases.
import type { SatisfactionLevel } from "../cases/vocabulary";
import { type ReturnTally, ZERO_RETURN_TALLY } from "./return-rate";

export interface MetricCase {
  feedback: { contacted: boolean; solved: boolean; satisfaction: SatisfactionLevel } | null; // null = not rated
  signedForOnTime: boolean | null; // null = never signed for (e.g. answered directly)
  repliedOnTime: boolean;
  rehandled: boolean; // sent back at least once
  workingDaysToReply: number;
  overdue: boolean; // replied after its due date
}

export type Rate =
  | { kind: "rate"; value: number; numerator: number; denominator: number }
  | { kind: "too_few"; sample: number; minimum: number };

export interface ScoreWeights {
  response: number;
  satisfaction: number;
  resolution: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { response: 0.1, satisfaction: 0.4, resolution: 0.5 };
export const DEFAULT_MINIMUM_SAMPLE = 10;

export type CompositeScore = { kind: "score"; value: number } | { kind: "too_few"; sample: number; minimum: number };

export interface UnitMetrics {
  casesReplied: number;
  ratedCases: number;
  notRated: number;
  responseRate: Rate;
  resolutionRate: Rate;
  satisfactionRate: Rate;
  onTimeSignForRate: Rate;
  onTimeReplyRate: Rate;
  disputeRate: Rate;
  rehandlingRate: Rate;
  medianWorkingDaysToReply: number | null;
  overdueCount: number;
  compositeScore: CompositeScore;
}

// Tenths keep the satisfaction sum exact: 0.9 + 0.9 + 0.9 is not 2.7 in floating point.
const SATISFACTION_TENTHS: Record<SatisfactionLevel, number> = {
  very_satisfied: 10,
  satisfied: 10,
  basically_satisfied: 9,
  dissatisfied: 0,
  very_dissatisfied: 0,
};

export function satisfactionPoints(level: SatisfactionLevel): number {
  return SATISFACTION_TENTHS[level] / 10;
}

export function rate(numerator: number, denominator: number, minimum: number): Rate {
  if (!Number.isInteger(denominator) || denominator < 0) throw new RangeError(`bad denominator ${denominator}`);
  if (!(numerator >= 0 && numerator <= denominator))
    throw new RangeError(`numerator ${numerator} outside 0..${denominator}`);
  // A rate of nothing is unknown, not 0%: the floor of one case holds even when minimum is 0.
  const effectiveMinimum = Math.max(minimum, 1);
  if (denominator < effectiveMinimum) return { kind: "too_few", sample: denominator, minimum: effectiveMinimum };
  return { kind: "rate", value: numerator / denominator, numerator, denominator };
}

export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return null;
  const lower = sorted[middle - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}

export function assertWeights(weights: ScoreWeights): void {
  const parts = [weights.response, weights.satisfaction, weights.resolution];
  if (parts.some((weight) => !Number.isFinite(weight) || weight < 0)) throw new RangeError("weights must be ≥ 0");
  const sum = parts.reduce((total, weight) => total + weight, 0);
  // 0.3 + 0.35 + 0.35 is 0.9999999999999999 in floating point.
  if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`weights must sum to 1, not ${sum}`);
}

/**
 * The sums every rate is made of: what unitMetrics counts over cases, and what the portal's
 * daily rollups (db/schema/rollups.ts) add up over days. One formula for both.
 */
export interface MetricCounts {
  replied: number;
  rated: number;
  contacted: number;
  solved: number;
  satisfactionTenths: number;
  signedFor: number;
  signedForOnTime: number;
  repliedOnTime: number;
  repliedLate: number;
  /** Return rate numerator: cases the unit returned (./return-rate.ts). */
  disputed: number;
  /** Return rate denominator: cases the unit replied to or returned. */
  disputeBase: number;
  rehandled: number;
}

export function unitMetrics(
  cases: readonly MetricCase[],
  options: { minimumSample?: number; weights?: ScoreWeights; returns?: ReturnTally } = {},
): UnitMetrics {
  const returns = options.returns ?? ZERO_RETURN_TALLY;
  const count = (test: (item: MetricCase) => boolean): number => cases.filter(test).length;
  const feedbacks = cases.flatMap((item) => (item.feedback ? [item.feedback] : []));
  const counts: MetricCounts = {
    replied: cases.length,
    rated: feedbacks.length,
    contacted: feedbacks.filter((f) => f.contacted).length,
    solved: feedbacks.filter((f) => f.solved).length,
    satisfactionTenths: feedbacks.reduce((sum, feedback) => sum + SATISFACTION_TENTHS[feedback.satisfaction], 0),
    signedFor: count((item) => item.signedForOnTime !== null),
    signedForOnTime: count((item) => item.signedForOnTime === true),
    repliedOnTime: count((item) => item.repliedOnTime),
    repliedLate: count((item) => item.overdue),
    disputed: returns.returned,
    disputeBase: returns.base,
    rehandled: count((item) => item.rehandled),
  };
  return metricsFromCounts(counts, median(cases.map((item) => item.workingDaysToReply)), options);
}

export function metricsFromCounts(
  counts: MetricCounts,
  medianWorkingDaysToReply: number | null,
  options: { minimumSample?: number; weights?: ScoreWeights } = {},
): UnitMetrics {
  const minimum = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  if (!Number.isInteger(minimum) || minimum < 0)
    throw new RangeError(`minimum sample ${minimum} is not a whole number ≥ 0`);
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  assertWeights(weights);

  const responseRate = rate(counts.contacted, counts.rated, minimum);
  const resolutionRate = rate(counts.solved, counts.rated, minimum);
  const satisfactionRate = tenthsRate(counts.satisfactionTenths, counts.rated, minimum);

  return {
    casesReplied: counts.replied,
    ratedCases: counts.rated,
    notRated: counts.replied - counts.rated,
    responseRate,
    resolutionRate,
    satisfactionRate,
    onTimeSignForRate: rate(counts.signedForOnTime, counts.signedFor, minimum),
    onTimeReplyRate: rate(counts.repliedOnTime, counts.replied, minimum),
    disputeRate: rate(counts.disputed, counts.disputeBase, minimum),
    rehandlingRate: rate(counts.rehandled, counts.replied, minimum),
    medianWorkingDaysToReply,
    overdueCount: counts.repliedLate,
    compositeScore: compositeScore(responseRate, satisfactionRate, resolutionRate, weights),
  };
}

/** A rate whose numerator is counted in tenths, divided once so 8.8 of 10 is exactly 0.88. */
function tenthsRate(numeratorTenths: number, denominator: number, minimum: number): Rate {
  const result = rate(numeratorTenths / 10, denominator, minimum);
  return result.kind === "rate" ? { ...result, value: numeratorTenths / (10 * denominator) } : result;
}

function compositeScore(response: Rate, satisfaction: Rate, resolution: Rate, weights: ScoreWeights): CompositeScore {
  // All three share the rated-case denominator, so they are too few together.
  if (response.kind === "too_few") return response;
  if (satisfaction.kind === "too_few") return satisfaction;
  if (resolution.kind === "too_few") return resolution;
  const score =
    100 *
    (weights.response * response.value +
      weights.satisfaction * satisfaction.value +
      weights.resolution * resolution.value);
  return { kind: "score", value: roundToTenth(score) };
}

function roundToTenth(value: number): number {
  // The nudge keeps a half that floating point stores as x.x4999… rounding up, as on paper.
  return Math.round(value * 10 + 1e-9) / 10;
}
