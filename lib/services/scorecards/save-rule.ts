// An admin sets new score weights and grade bands from a month on (docs/rules.md#metrics, #grade-bands). The row is
// added, never updated, and the change is logged with what was in force before.
import "server-only";
import type { Database } from "@/db/client";
import { scorecardRules } from "@/db/schema";
import type { GradeBands } from "@/lib/domain/metrics/grading";
import { type RuleProblem, ruleProblems } from "@/lib/domain/metrics/scorecard-rules";
import type { ScoreWeights } from "@/lib/domain/metrics/unit-metrics";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "../admin/audit";
import type { ServiceContext } from "../context";
import { SCORECARDS_AUDIT_SUBJECT } from "./freeze";
import { scorecardRuleInForce } from "./rules";

export interface NewScorecardRule {
  /** Local date, the first of a month: "2027-01-01". */
  effectiveFrom: string;
  weights: ScoreWeights;
  bands: GradeBands;
}

// Which form field each refusal belongs to; `form` is shown above the form.
const PROBLEM_FIELD: Record<RuleProblem, string> = {
  weightsSum: "form",
  weightNegative: "form",
  bandsOrder: "bandSatisfied",
  bandRange: "bandSatisfied",
  effectiveFromNotMonthStart: "effectiveFrom",
  effectiveFromPast: "effectiveFrom",
};

export async function saveScorecardRule(
  ctx: ServiceContext & { db: Database },
  rule: NewScorecardRule,
  actorUserId: string | null,
): Promise<number> {
  const problems = ruleProblems(rule, ctx.calendar.localDate(ctx.now));
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of problems) (fieldErrors[PROBLEM_FIELD[problem]] ??= []).push(problem);
    throw new AppError("validation", "scorecard rule refused", fieldErrors);
  }
  const effectiveFrom = ctx.calendar.startOfLocalDay(rule.effectiveFrom);
  return ctx.db.transaction(async (tx) => {
    const before = await scorecardRuleInForce(tx, effectiveFrom);
    const [row] = await tx
      .insert(scorecardRules)
      .values({
        effectiveFrom,
        weightResponse: rule.weights.response,
        weightSatisfaction: rule.weights.satisfaction,
        weightResolution: rule.weights.resolution,
        bandSatisfied: rule.bands.satisfied,
        bandFairlySatisfied: rule.bands.fairlySatisfied,
        bandBasicallySatisfied: rule.bands.basicallySatisfied,
        createdByUserId: actorUserId,
        createdAt: ctx.now,
      })
      .returning({ id: scorecardRules.id });
    if (!row) throw new Error("scorecard rule not inserted");
    await recordAdminChange(tx, {
      actorUserId,
      action: "scorecards.rule",
      subject: SCORECARDS_AUDIT_SUBJECT,
      before: { ruleId: before.ruleId, weights: before.weights, bands: before.bands },
      after: { ruleId: row.id, effectiveFrom: rule.effectiveFrom, weights: rule.weights, bands: rule.bands },
      at: ctx.now,
    });
    return row.id;
  });
}
