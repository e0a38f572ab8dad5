"use server";

import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { recomputePeriodByKey } from "@/lib/services/scorecards/admin-recompute";
import { saveScorecardRule } from "@/lib/services/scorecards/save-rule";
import { recomputeFormSchema, scorecardRuleFormSchema } from "@/lib/validation/scorecards";

export async function saveScorecardRuleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, {
    schema: scorecardRuleFormSchema,
    errors: "scorecards.errors",
    act: (input, actor, ctx) => saveScorecardRule(ctx, input, actor.id),
    done: "/admin/scorecards?done=saved",
  });
}

export async function recomputeScorecardsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminAction(formData, {
    schema: recomputeFormSchema,
    errors: "scorecards.errors",
    act: (input, actor, ctx) =>
      recomputePeriodByKey(ctx, {
        periodKind: input.periodKind,
        periodKey: input.periodKey,
        reason: input.reason,
        actorUserId: actor.id,
      }),
    done: (outcome) =>
      `/admin/scorecards?done=recomputed&period=${encodeURIComponent(outcome.periodKey)}&revised=${outcome.revised}&unchanged=${outcome.unchanged}&published=${outcome.published}`,
  });
}
