"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { AppError } from "@/lib/errors";
import { saveSettings } from "@/lib/services/admin/settings";
import { PETITION_SETTING_FIELDS } from "@/lib/validation/petitions";
import { runPetitionAction } from "../../../(public)/petitions/petition-action";

const whole = z
  .string({ message: "required" })
  .trim()
  .min(1, "required")
  .transform(Number)
  .refine((v) => Number.isInteger(v), "outOfRange");

const schema = z.object(
  Object.fromEntries(PETITION_SETTING_FIELDS.map((f) => [f, whole])) as Record<
    (typeof PETITION_SETTING_FIELDS)[number],
    typeof whole
  >,
);

/** The petition settings: their own form, saved with the others' values kept (and audited the same way). */
export async function savePetitionSettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema,
    audience: "admin.manage",
    act: async (input, actor, ctx) => {
      if (input.petitionDebateThreshold <= input.petitionResponseThreshold)
        throw new AppError("validation", "debate below response", { petitionDebateThreshold: ["debateBelowResponse"] });
      await saveSettings(input, actor?.id ?? null, ctx.db);
    },
    done: "/admin/settings?done=saved",
  });
}
