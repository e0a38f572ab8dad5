"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { addRaterGroup, moveCampaign, reviewBurst } from "@/lib/services/appraisal/campaigns";
import { raterGroupSchema } from "@/lib/validation/appraisal";

// Every action: parse → authorise (supervision.act) → act → back to the campaign with a status.
const errors = "appraisal.errors";
const page = (campaignId: number, done: string) => `/supervision/appraisals/${campaignId}?done=${done}`;

export async function addRaterGroupAction(campaignId: number, _: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: raterGroupSchema,
    permission: "supervision.act",
    errors,
    act: (input, actor, ctx) => addRaterGroup(ctx.db, campaignId, input, actor, { now: ctx.now }),
    done: page(campaignId, "group_added"),
  });
}

export async function moveCampaignAction(
  campaignId: number,
  to: "open" | "closed",
  _: ActionState,
  formData: FormData,
) {
  return runAdminAction(formData, {
    schema: z.object({}),
    permission: "supervision.act",
    errors,
    act: (_input, actor, ctx) => moveCampaign(ctx.db, campaignId, to, actor, { now: ctx.now }),
    done: page(campaignId, to === "open" ? "opened" : "closed"),
  });
}

export async function reviewBurstAction(
  burst: { campaignId: number; unitId: number; networkHash: string; windowStart: string },
  exclude: boolean,
  _: ActionState,
  formData: FormData,
) {
  return runAdminAction(formData, {
    schema: z.object({}),
    permission: "supervision.act",
    errors,
    act: (_input, actor, ctx) =>
      reviewBurst(ctx.db, { ...burst, windowStart: new Date(burst.windowStart), exclude }, actor, { now: ctx.now }),
    done: page(burst.campaignId, exclude ? "burst_excluded" : "burst_kept"),
  });
}
