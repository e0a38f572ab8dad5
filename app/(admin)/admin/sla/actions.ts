"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { createSlaPolicy } from "@/lib/services/admin/create-sla-policy";
import { updateSlaPolicy } from "@/lib/services/admin/update-sla-policy";
import { slaPolicySchema } from "@/lib/validation/admin-rules";

export const createSlaPolicyAction = formAction({
  audience: "admin.manage",
  schema: slaPolicySchema,
  errors: "adminRules.errors",
  act: createSlaPolicy,
  done: () => "/admin/sla?done=saved",
});

/** Bound to the policy's code as it is now (the form may rename it). */
export const updateSlaPolicyAction = formAction({
  audience: "admin.manage",
  bind: ["currentCode"],
  schema: z.object({ currentCode: z.string().min(1).max(64) }).and(slaPolicySchema),
  errors: "adminRules.errors",
  act: updateSlaPolicy,
  done: () => "/admin/sla?done=saved",
});
