"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/case-action-form";
import { createSlaPolicy, updateSlaPolicy } from "@/lib/services/admin/sla-policies";
import { slaPolicySchema } from "@/lib/validation/admin-rules";
import { runRulesAction } from "./rules-action";

export async function createSlaPolicyAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runRulesAction(formData, slaPolicySchema, async (input, actorUserId, db) => {
    await createSlaPolicy(input, actorUserId, db);
    return "/admin/sla?done=saved";
  });
  if ("state" in result) return result.state;
  redirect(result.redirectTo);
}

export async function updateSlaPolicyAction(
  code: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runRulesAction(formData, slaPolicySchema, async (input, actorUserId, db) => {
    await updateSlaPolicy(code, input, actorUserId, db);
    return "/admin/sla?done=saved";
  });
  if ("state" in result) return result.state;
  redirect(result.redirectTo);
}
