// The weights and grade bands in force for a period (docs/rules.md#metrics, #grade-bands), read from the dated
// rules an admin sets (lib/services/scorecards/save-rule.ts), and the minimum sample from settings.
import "server-only";
import { asc, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scorecardRules } from "@/db/schema";
import type { GradeBands } from "@/lib/domain/metrics/grading";
import { type DatedRule, type RuleInForce, ruleInForce } from "@/lib/domain/metrics/scorecard-rules";
import type { ScoreWeights } from "@/lib/domain/metrics/unit-metrics";
import { loadSettings } from "../settings";

export interface ScorecardRules {
  weights: ScoreWeights;
  bands: GradeBands;
  minimumSample: number;
}

type RuleRow = typeof scorecardRules.$inferSelect;

export function toDatedRule(row: RuleRow): DatedRule {
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    weights: { response: row.weightResponse, satisfaction: row.weightSatisfaction, resolution: row.weightResolution },
    bands: {
      satisfied: row.bandSatisfied,
      fairlySatisfied: row.bandFairlySatisfied,
      basicallySatisfied: row.bandBasicallySatisfied,
    },
  };
}

/** Every rule ever set, oldest effective date first (the admin page's history). */
export async function listScorecardRules(
  db: Queryable,
): Promise<(DatedRule & { createdAt: Date; createdByUserId: string | null })[]> {
  const rows = await db
    .select()
    .from(scorecardRules)
    .orderBy(asc(scorecardRules.effectiveFrom), asc(scorecardRules.id));
  return rows.map((row) => ({ ...toDatedRule(row), createdAt: row.createdAt, createdByUserId: row.createdByUserId }));
}

/** The rule for a period starting at `at`, with the id of the rule row (null = the defaults). */
export async function scorecardRuleInForce(db: Queryable, at: Date): Promise<RuleInForce> {
  // Few rows ever exist (one per change), so the choice is made by the pure rule, not in SQL.
  const rows = await db.select().from(scorecardRules).where(lte(scorecardRules.effectiveFrom, at));
  return ruleInForce(rows.map(toDatedRule), at);
}

/**
 * The weights and grade bands in force for a period starting at `at` (the latest rule effective
 * on or before it; DEFAULT_WEIGHTS / DEFAULT_GRADE_BANDS when none), and the minimum sample.
 */
export async function loadScorecardRules(db: Queryable, at: Date): Promise<ScorecardRules> {
  const [rule, settings] = await Promise.all([scorecardRuleInForce(db, at), loadSettings(db)]);
  return { weights: rule.weights, bands: rule.bands, minimumSample: settings.minimumSample };
}
