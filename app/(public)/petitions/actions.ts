"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { AppError } from "@/lib/errors";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { confirmSignature } from "@/lib/services/petitions/confirm-signature";
import {
  type SimilarPetition,
  createPetition,
  findSimilarOpenPetitions,
} from "@/lib/services/petitions/create-petition";
import { publishForSupport } from "@/lib/services/petitions/publish-for-support";
import { signPetition } from "@/lib/services/petitions/sign-petition";
import { idSchema } from "@/lib/validation/common";
import { petitionDraftSchema, signatureSchema } from "@/lib/validation/petitions";

// Every petition form: formAction with the petition's own error wording (petitions.errors).
const errors = "petitions.errors";
const token = z.string().min(1).max(200);

export interface DraftState extends ActionState {
  similar?: SimilarPetition[];
}

/** Signing from the petition page (or the creator's link while gathering): the same service as the JSON API. */
export const signAction = formAction({
  audience: "anyone",
  bind: ["petitionId", "shareToken"],
  schema: signatureSchema.extend({ petitionId: idSchema, shareToken: token.nullable() }),
  errors,
  act: async (input, actor, ctx) => signPetition({ ...input, address: await clientAddress() }, actor, ctx),
  done: (_, { petitionId, shareToken }) =>
    `/petitions/${petitionId}?signed=1${shareToken ? `&share=${encodeURIComponent(shareToken)}` : ""}#sign`,
});

/** The button on the page the emailed link opens. */
export const confirmAction = formAction({
  audience: "anyone",
  bind: ["petitionId", "token"],
  schema: z.object({ petitionId: idSchema, token }),
  errors,
  act: confirmSignature,
  // Back to the confirmation page, which a supporter without the creator's link can still see.
  done: (outcome, input) => `/petitions/${input.petitionId}/confirm/${input.token}?done=${outcome}`,
});

/**
 * A new petition by a citizen: the first submission shows similar open petitions (the draft is
 * kept as typed); the second ("submit anyway", `checked`) creates the draft.
 */
export const createDraftAction = formAction({
  audience: "signed_in",
  schema: petitionDraftSchema.extend({ checked: z.literal("1").optional() }),
  errors,
  act: async ({ checked, ...draft }, actor, ctx) => {
    if (actor.role !== "citizen") throw new AppError("forbidden");
    if (!checked) {
      await enforceRateLimit("petitionSearch");
      const similar = await findSimilarOpenPetitions(`${draft.title} ${draft.action}`, ctx.db);
      if (similar.length) return similar;
    }
    return createPetition(draft, actor, ctx);
  },
  done: (result) => (Array.isArray(result) ? null : `/petitions/${result.id}`),
  respond: (result, _input, values): DraftState => ({ values, similar: Array.isArray(result) ? result : [] }),
});

/** The creator opens the draft to supporters. */
export const publishForSupportAction = formAction({
  audience: "signed_in",
  bind: ["petitionId"],
  schema: z.object({ petitionId: idSchema }),
  errors,
  act: publishForSupport,
  done: (_, input) => `/petitions/${input.petitionId}?done=gathering`,
});
