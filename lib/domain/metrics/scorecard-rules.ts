// Which weights and grade bands score a period (docs/rules.md#metrics, #grade-bands). Rules are dated: a rule
// applies to every period that starts on or after its effective date, until a later one takes
// over, so a change never rewrites a period that had already begun.
import { DEFAULT_GRADE_BANDS, type GradeBands } from "./grading";
import { DEFAULT_WEIGHTS, type ScoreWeights, assertWeights } from "./unit-metrics";

export interface DatedRule {
  id: number;
  effectiveFrom: Date;
  weights: ScoreWeights;
  bands: GradeBands;
}

export interface RuleInForce {
  /** Null when no rule has been set yet and the defaults apply. */
  ruleId: number | null;
  weights: ScoreWeights;
  bands: GradeBands;
}

export const DEFAULT_RULE: RuleInForce = { ruleId: null, weights: DEFAULT_WEIGHTS, bands: DEFAULT_GRADE_BANDS };

/** The rule for a period starting at `periodStart`: the latest effective on or before it (the later-made on a tie). */
export function ruleInForce(rules: readonly DatedRule[], periodStart: Date): RuleInForce {
  let best: DatedRule | undefined;
  for (const rule of rules) {
    if (rule.effectiveFrom.getTime() > periodStart.getTime()) continue;
    if (
      !best ||
      rule.effectiveFrom.getTime() > best.effectiveFrom.getTime() ||
      (rule.effectiveFrom.getTime() === best.effectiveFrom.getTime() && rule.id > best.id)
    )
      best = rule;
  }
  return best ? { ruleId: best.id, weights: best.weights, bands: best.bands } : DEFAULT_RULE;
}

export function assertBands(bands: GradeBands): void {
  const values = [bands.satisfied, bands.fairlySatisfied, bands.basicallySatisfied];
  if (values.some((value) => !Number.isFinite(value) || value < 0 || value > 100))
    throw new RangeError("bands must be between 0 and 100");
  if (!(bands.satisfied >= bands.fairlySatisfied && bands.fairlySatisfied >= bands.basicallySatisfied)) {
    throw new RangeError("grade bands must descend: satisfied ≥ fairly satisfied ≥ basically satisfied");
  }
}

export type RuleProblem =
  "weightsSum" | "weightNegative" | "bandsOrder" | "bandRange" | "effectiveFromNotMonthStart" | "effectiveFromPast";

/**
 * What is wrong with a proposed rule, if anything. `effectiveFrom` and `today` are local dates
 * ("YYYY-MM-DD"): a rule takes effect on the first of a month, never before the current month,
 * so finished (published) months keep the rules they were scored by.
 */
export function ruleProblems(
  rule: { effectiveFrom: string; weights: ScoreWeights; bands: GradeBands },
  today: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const weights = [rule.weights.response, rule.weights.satisfaction, rule.weights.resolution];
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) problems.push("weightNegative");
  else {
    try {
      assertWeights(rule.weights);
    } catch {
      problems.push("weightsSum");
    }
  }
  const bands = [rule.bands.satisfied, rule.bands.fairlySatisfied, rule.bands.basicallySatisfied];
  if (bands.some((b) => !Number.isFinite(b) || b < 0 || b > 100)) problems.push("bandRange");
  else if (!(
    rule.bands.satisfied >= rule.bands.fairlySatisfied && rule.bands.fairlySatisfied >= rule.bands.basicallySatisfied
  ))
    problems.push("bandsOrder");
  if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(rule.effectiveFrom)) problems.push("effectiveFromNotMonthStart");
  else if (rule.effectiveFrom < `${today.slice(0, 7)}-01`) problems.push("effectiveFromPast");
  return problems;
}
