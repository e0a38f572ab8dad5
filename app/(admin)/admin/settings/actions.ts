"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/case-action-form";
import { saveSettings } from "@/lib/services/admin/settings";
import { goLiveFormSchema, settingsFormSchema } from "@/lib/validation/admin-rules";
import { runRulesAction } from "../sla/rules-action";

export async function saveSettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runRulesAction(formData, settingsFormSchema, async (input, actorUserId, db) => {
    await saveSettings(input, actorUserId, db);
    return "/admin/settings?done=saved";
  });
  if ("state" in result) return result.state;
  redirect(result.redirectTo);
}

/** The go-live date: saved with the other settings' values kept, audited the same way. */
export async function saveGoLiveAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runRulesAction(formData, goLiveFormSchema, async (input, actorUserId, db) => {
    await saveSettings(input, actorUserId, db);
    return "/admin/settings?done=saved";
  });
  if ("state" in result) return result.state;
  redirect(result.redirectTo);
}
