"use server";

import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { addDispatchEntry } from "@/lib/services/admin/catalogue";
import { dispatchEntrySchema } from "@/lib/validation/admin-organisation";

// parse → authorise (admin.manage) → act; back to the catalogue filtered to the entry's category.
export async function addDispatchEntryAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: dispatchEntrySchema,
    errors: "adminOrg.errors",
    arrays: ["coUnitIds"],
    act: (input, actor, ctx) => addDispatchEntry(input, { userId: actor.id }, ctx),
    done: (entry) => `/admin/catalogue?category=${entry.categoryId}&done=entry_added`,
  });
}
