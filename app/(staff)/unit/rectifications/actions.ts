"use server";

import { formAction } from "@/lib/actions/form-action";
import { filePlan } from "@/lib/services/supervision/file-plan";
import { reportRectification } from "@/lib/services/supervision/report-rectification";
import { filePlanSchema, reportRectificationSchema } from "@/lib/validation/rectifications";

// authorise (the unit head's case.approve; the use case checks the rectification is the head's unit's) → parse → act.
export const filePlanAction = formAction({
  audience: "case.approve",
  bind: ["rectificationId"],
  schema: filePlanSchema,
  errors: "rectifications.errors",
  act: filePlan,
  done: (r) => `/unit/rectifications/${r.id}?done=planned`,
});

export const reportRectificationAction = formAction({
  audience: "case.approve",
  bind: ["rectificationId"],
  schema: reportRectificationSchema,
  errors: "rectifications.errors",
  act: reportRectification,
  done: (r) => `/unit/rectifications/${r.id}?done=reported`,
});
