// Results of an appraisal campaign for one unit (docs/rules.md#appraisal), from the totals of its lights.
//
// Lights become an appraisal score on the same 0–100 scale as the scorecard, so the two can be
// combined: green 100, yellow 60, red 0. Green is full marks; yellow sits exactly on the pass
// line of the usual bands (60 = "basically satisfied"), so a unit all of whose raters say
// yellow is graded basically satisfied, not failed; red counts nothing, so each red pulls the
// score down as much as a green pushes it up. With these points a majority of yellows and reds
// is needed to fall below 60, and "all yellow" can never reach the green band (85).
import { type GradeBands, DEFAULT_GRADE_BANDS, type Grade, gradeLight, gradeScore } from "../metrics/grading";
import type { TrafficLight } from "../deadlines/traffic-light";
import { APPRAISAL_LIGHTS, type AppraisalLight } from "./vocabulary";

export const LIGHT_POINTS: Record<AppraisalLight, number> = { green: 100, yellow: 60, red: 0 };

/** Default weight of the appraisal in the combined score; the scorecard has the rest (70 / 30). */
export const DEFAULT_APPRAISAL_WEIGHT = 70;
export const DEFAULT_CAMPAIGN_MINIMUM_SAMPLE = 10;

export type LightCounts = Record<AppraisalLight, number>;

export function countLights(lights: Iterable<AppraisalLight>): LightCounts {
  const counts: LightCounts = { green: 0, yellow: 0, red: 0 };
  for (const light of lights) counts[light] += 1;
  return counts;
}

export function totalOf(counts: LightCounts): number {
  return counts.green + counts.yellow + counts.red;
}

export interface UnitAppraisalInput {
  counts: LightCounts;
  /** The unit's scorecard composite over the campaign period; null when it had too few rated cases. */
  scorecardScore: number | null;
}

export interface AppraisalRules {
  minimumSample: number;
  /** Percent of the combined score taken by the appraisal (0–100). */
  appraisalWeight: number;
  bands?: GradeBands;
}

export type UnitAppraisalResult =
  | { kind: "too_few"; ratings: number; minimum: number }
  | {
      kind: "result";
      ratings: number;
      counts: LightCounts;
      /** Shares of each light, 0–1, summing to 1. */
      shares: Record<AppraisalLight, number>;
      appraisalScore: number;
      scorecardScore: number | null;
      /** Appraisal and scorecard weighted; the appraisal alone when the scorecard had too few cases. */
      combinedScore: number;
      grade: Grade;
      light: TrafficLight;
      passes: boolean;
    };

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function appraisalScore(counts: LightCounts): number {
  const total = totalOf(counts);
  if (total === 0) throw new RangeError("no ratings to score");
  const points = APPRAISAL_LIGHTS.reduce((sum, light) => sum + counts[light] * LIGHT_POINTS[light], 0);
  return roundTo(points / total, 1);
}

export function combinedScore(appraisal: number, scorecard: number | null, appraisalWeight: number): number {
  if (!(appraisalWeight >= 0 && appraisalWeight <= 100))
    throw new RangeError(`appraisal weight ${appraisalWeight} is not a percentage`);
  if (scorecard === null) return appraisal;
  return roundTo((appraisal * appraisalWeight + scorecard * (100 - appraisalWeight)) / 100, 1);
}

/** One unit's result, or "too few ratings" below the minimum sample (then nothing is shown). */
export function unitAppraisalResult(input: UnitAppraisalInput, rules: AppraisalRules): UnitAppraisalResult {
  const ratings = totalOf(input.counts);
  if (ratings < rules.minimumSample || ratings === 0) return { kind: "too_few", ratings, minimum: rules.minimumSample };
  const appraisal = appraisalScore(input.counts);
  const combined = combinedScore(appraisal, input.scorecardScore, rules.appraisalWeight);
  const grade = gradeScore(combined, rules.bands ?? DEFAULT_GRADE_BANDS);
  const light = gradeLight(grade);
  return {
    kind: "result",
    ratings,
    counts: { ...input.counts },
    shares: lightShares(input.counts),
    appraisalScore: appraisal,
    scorecardScore: input.scorecardScore,
    combinedScore: combined,
    grade,
    light,
    passes: light !== "red",
  };
}

/** Shares of each light; rounded to 0.1 % with the largest remainder, so they add up to exactly 100 %. */
export function lightShares(counts: LightCounts): Record<AppraisalLight, number> {
  const total = totalOf(counts);
  if (total === 0) throw new RangeError("no ratings to share");
  const thousandths = APPRAISAL_LIGHTS.map((light) => ({ light, exact: (counts[light] * 1000) / total }));
  const floors = thousandths.map((s) => ({ ...s, value: Math.floor(s.exact) }));
  let missing = 1000 - floors.reduce((sum, s) => sum + s.value, 0);
  const byRemainder = [...floors].sort(
    (a, b) =>
      b.exact - b.value - (a.exact - a.value) || APPRAISAL_LIGHTS.indexOf(a.light) - APPRAISAL_LIGHTS.indexOf(b.light),
  );
  for (const share of byRemainder) {
    if (missing <= 0) break;
    share.value += 1;
    missing -= 1;
  }
  const result = { green: 0, yellow: 0, red: 0 };
  for (const share of byRemainder) result[share.light] = share.value / 1000;
  return result;
}

export interface RankedUnit<T> {
  unit: T;
  result: Extract<UnitAppraisalResult, { kind: "result" }>;
  /** 1 = best; units with equal combined scores share a rank. */
  rank: number;
}

/** Units with a result, best first (combined score, then fewer reds, then more ratings). */
export function rankUnits<T>(rows: readonly { unit: T; result: UnitAppraisalResult }[]): RankedUnit<T>[] {
  const scored = rows.flatMap((row) => (row.result.kind === "result" ? [{ unit: row.unit, result: row.result }] : []));
  scored.sort(
    (a, b) =>
      b.result.combinedScore - a.result.combinedScore ||
      a.result.shares.red - b.result.shares.red ||
      b.result.ratings - a.result.ratings,
  );
  const ranked: RankedUnit<T>[] = [];
  scored.forEach((row, index) => {
    const previous = ranked[index - 1];
    const tied = previous && previous.result.combinedScore === row.result.combinedScore;
    ranked.push({ ...row, rank: tied ? previous.rank : index + 1 });
  });
  return ranked;
}

/**
 * The bottom-ranked units: the last `count` of the ranking, plus any unit tied with the last of
 * them (a tie is never broken by chance). Empty when fewer than two units have a result.
 */
export function bottomUnits<T>(ranked: readonly RankedUnit<T>[], count: number): RankedUnit<T>[] {
  if (ranked.length < 2 || count <= 0) return [];
  const take = Math.min(count, ranked.length - 1);
  const cutoff = ranked[ranked.length - take];
  if (!cutoff) return [];
  return ranked.filter((row) => row.result.combinedScore <= cutoff.result.combinedScore).reverse();
}

/** Units whose result is red: they do not pass and are listed for follow-up. */
export function failingUnits<T>(ranked: readonly RankedUnit<T>[]): RankedUnit<T>[] {
  return ranked.filter((row) => !row.result.passes);
}
