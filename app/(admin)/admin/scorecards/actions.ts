"use server";

import { formAction } from "@/lib/actions/form-action";
import { recomputePeriodByKey } from "@/lib/services/scorecards/admin-recompute";
import { saveScorecardRule } from "@/lib/services/scorecards/save-rule";
import { recomputeFormSchema, scorecardRuleFormSchema } from "@/lib/validation/scorecards";

export const saveScorecardRuleAction = formAction({
  audience: "admin.manage",
  schema: scorecardRuleFormSchema,
  errors: "scorecards.errors",
  act: (input, actor, ctx) => saveScorecardRule(ctx, input, actor.id),
  done: () => "/admin/scorecards?done=saved",
});

export const recomputeScorecardsAction = formAction({
  audience: "admin.manage",
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
