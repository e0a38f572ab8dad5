"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { addRaterGroup } from "@/lib/services/appraisal/add-rater-group";
import { moveCampaign } from "@/lib/services/appraisal/move-campaign";
import { reviewBurst } from "@/lib/services/appraisal/review-burst";
import { idSchema } from "@/lib/validation/common";
import { raterGroupSchema } from "@/lib/validation/appraisal";

// Every action: authorise (supervision.act) → parse, bound arguments too → act → back to the
// campaign with a status.
const errors = "appraisal.errors";
const page = (campaignId: number, done: string) => `/supervision/appraisals/${campaignId}?done=${done}`;

export const addRaterGroupAction = formAction({
  audience: "supervision.act",
  bind: ["campaignId"],
  schema: raterGroupSchema.extend({ campaignId: idSchema }),
  errors,
  act: addRaterGroup,
  done: (_, { campaignId }) => page(campaignId, "group_added"),
});

export const moveCampaignAction = formAction({
  audience: "supervision.act",
  bind: ["campaignId", "to"],
  schema: z.object({ campaignId: idSchema, to: z.enum(["open", "closed"]) }),
  errors,
  act: moveCampaign,
  done: (_, { campaignId, to }) => page(campaignId, to === "open" ? "opened" : "closed"),
});

export const reviewBurstAction = formAction({
  audience: "supervision.act",
  bind: ["campaignId", "unitId", "networkHash", "windowStart", "exclude"],
  schema: z.object({
    campaignId: idSchema,
    unitId: idSchema,
    networkHash: z.string().min(1).max(128),
    windowStart: z.iso.datetime({ offset: true }),
    exclude: z.boolean(),
  }),
  errors,
  act: ({ windowStart, ...burst }, actor, ctx) =>
    reviewBurst({ ...burst, windowStart: new Date(windowStart) }, actor, ctx),
  done: (_, { campaignId, exclude }) => page(campaignId, exclude ? "burst_excluded" : "burst_kept"),
});
