"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordMeasure } from "@/lib/services/supervision/record-measure";
import { updateFollowUp } from "@/lib/services/supervision/update-follow-up";
import { followUpSchema, measureSchema } from "@/lib/validation/accountability";

// authorise (supervision.act) → parse → act → on to the measure's page.
export const recordMeasureAction = formAction({
  audience: "supervision.act",
  schema: measureSchema,
  errors: "accountability.errors",
  act: recordMeasure,
  done: (measure) => `/supervision/accountability/${measure.id}?done=recorded`,
});

export const updateFollowUpAction = formAction({
  audience: "supervision.act",
  bind: ["measureId"],
  schema: followUpSchema,
  errors: "accountability.errors",
  act: updateFollowUp,
  done: (_result, input) => `/supervision/accountability/${input.measureId}?done=updated`,
});
