"use server";

import type { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { saveSettings } from "@/lib/services/admin/save-settings";
import type { Settings } from "@/lib/services/settings";
import { ledgerSettingsSchema } from "@/lib/validation/accountability";
import { goLiveFormSchema, petitionSettingsSchema, settingsFormSchema } from "@/lib/validation/admin-rules";

// Each form on the page saves its own settings with the others' values kept, audited the same way.
function settingsForm<S extends z.ZodType<Partial<Settings>>>(schema: S) {
  return formAction({
    audience: "admin.manage",
    schema,
    errors: "adminRules.errors",
    act: saveSettings,
    done: () => "/admin/settings?done=saved",
  });
}

export const saveSettingsAction = settingsForm(settingsFormSchema);
/** The go-live date. */
export const saveGoLiveAction = settingsForm(goLiveFormSchema);
export const savePetitionSettingsAction = settingsForm(petitionSettingsSchema);
/** Whether the accountability ledger publishes officials' names (docs/supervision.md#accountability-ledger). */
export const saveLedgerSettingsAction = settingsForm(ledgerSettingsSchema);
