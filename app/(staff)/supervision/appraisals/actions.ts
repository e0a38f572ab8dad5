"use server";

import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createCampaign } from "@/lib/services/appraisal/campaigns";
import { campaignSchema } from "@/lib/validation/appraisal";

// parse → authorise (supervision.act) → act → on to the new campaign's page.
export async function createCampaignAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: campaignSchema,
    permission: "supervision.act",
    arrays: ["unitIds"],
    errors: "appraisal.errors",
    act: (input, actor, ctx) => createCampaign(ctx.db, input, actor, { now: ctx.now }),
    done: (campaign) => `/supervision/appraisals/${campaign.id}?done=created`,
  });
}
