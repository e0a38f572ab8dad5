"use server";

import { formAction } from "@/lib/actions/form-action";
import { presentDeskResults } from "@/lib/presenters/desk-results";
import { searchCases } from "@/lib/services/desk/search-cases";
import { deskSearchSchema } from "@/lib/validation/desk";
import type { DeskSearchState } from "./search-form";

/**
 * The desk's search: posted, not a query string, so the phone numbers looked up stay out of URLs,
 * browser history and access logs; logged by the use case in the audit log.
 */
export const searchDeskAction = formAction({
  audience: "desk.search",
  schema: deskSearchSchema,
  errors: "hotline.errors",
  act: (input, actor, ctx) => searchCases({ q: input.q, from: input.from, to: input.to }, actor, ctx),
  respond: async (result, _input, values): Promise<DeskSearchState> => ({
    values,
    results: await presentDeskResults(result),
  }),
});
