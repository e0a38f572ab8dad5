"use server";

import { formAction } from "@/lib/actions/form-action";
import { addDispatchEntry } from "@/lib/services/admin/add-dispatch-entry";
import { dispatchEntrySchema } from "@/lib/validation/admin-organisation";

// Back to the catalogue filtered to the entry's category.
export const addDispatchEntryAction = formAction({
  audience: "admin.manage",
  schema: dispatchEntrySchema,
  errors: "adminOrg.errors",
  arrays: ["coUnitIds"],
  act: addDispatchEntry,
  done: (entry) => `/admin/catalogue?category=${entry.categoryId}&done=entry_added`,
});
