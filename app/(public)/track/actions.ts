"use server";

import { z } from "zod";
import { findCaseByProof } from "@/lib/services/cases/file-case";
import { formAction } from "@/lib/actions/form-action";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { AppError } from "@/lib/errors";
import { caseIdByReference } from "@/db/queries/cases";
import { giveFeedback } from "@/lib/services/cases/give-feedback";
import { feedbackSchema, trackingLookupSchema } from "@/lib/validation/feedback";
import { rememberTrackingCode, trackingCodeFromPage } from "./tracking-cookies";

// Tracking is open to guests by design: the reference and tracking code are the authorisation.
// One message whichever part was wrong: a malformed reference is just another miss.
const refusals = { not_found: "tracking.notFound", invalid_transition: "tracking.feedback.stale" } as const;

export const lookUpCase = formAction({
  audience: "anyone",
  schema: trackingLookupSchema,
  // Guessing tracking codes is slow work: one bucket per client address.
  limit: "lookup",
  refusals,
  act: async ({ reference, trackingCode }, _actor, ctx) => {
    const found = parseCaseReference(reference.toUpperCase())
      ? await findCaseByProof(ctx.db, reference.toUpperCase(), trackingCode)
      : null;
    if (!found) throw new AppError("not_found");
    return found;
  },
  after: (found, input) => rememberTrackingCode(found.reference, input.trackingCode.toUpperCase()),
  done: (found) => `/track/${found.reference}`,
});

/** The callback form, bound to the case: the signed-in owner, or a guest whose tracking cookie proves it. */
export const submitFeedback = formAction({
  audience: "anyone",
  bind: ["reference"],
  schema: feedbackSchema.extend({ reference: z.string().trim().toUpperCase().max(30) }),
  errors: "filing.errors",
  summary: "filing.errorSummary",
  refusals,
  act: async ({ reference, ...feedback }, actor, ctx) => {
    // Authorise: the service checks ownership or the code against the case, inside its transaction.
    const caseId = parseCaseReference(reference) ? await caseIdByReference(ctx.db, reference) : null;
    if (caseId === null) throw new AppError("not_found");
    const trackingCode = await trackingCodeFromPage(reference);
    return giveFeedback(
      { caseId, ...feedback, comment: feedback.comment ?? null },
      {
        userId: actor?.role === "citizen" ? actor.id : null,
        role: "citizen",
        proof: trackingCode ? { reference, trackingCode } : null,
      },
      ctx,
    );
  },
  done: (result, { reference }) => `/track/${reference}?feedback=${result.outcome}`,
});
