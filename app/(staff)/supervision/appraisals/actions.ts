"use server";

import { formAction } from "@/lib/actions/form-action";
import { createCampaign } from "@/lib/services/appraisal/create-campaign";
import { campaignSchema } from "@/lib/validation/appraisal";

// authorise (supervision.act) → parse → act → on to the new campaign's page.
export const createCampaignAction = formAction({
  audience: "supervision.act",
  schema: campaignSchema,
  arrays: ["unitIds"],
  errors: "appraisal.errors",
  act: createCampaign,
  done: (campaign) => `/supervision/appraisals/${campaign.id}?done=created`,
});
