"use server";

import { formAction } from "@/lib/actions/form-action";
import { decideRectification } from "@/lib/services/supervision/decide-rectification";
import { decideRectificationSchema } from "@/lib/validation/rectifications";

// authorise (supervision.act) → parse → act → back to the rectification's page.
export const decideRectificationAction = formAction({
  audience: "supervision.act",
  bind: ["rectificationId"],
  schema: decideRectificationSchema,
  errors: "rectifications.errors",
  act: decideRectification,
  done: (r) => `/supervision/rectifications/${r.id}?done=decided`,
});
