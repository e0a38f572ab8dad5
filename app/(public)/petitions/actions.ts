"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { confirmSignature } from "@/lib/services/petitions/confirm-signature";
import { createPetition, findSimilarOpenPetitions, publishForSupport } from "@/lib/services/petitions/create-petition";
import { signPetition } from "@/lib/services/petitions/sign-petition";
import { petitionDraftSchema, signatureSchema } from "@/lib/validation/petitions";
import { runPetitionAction } from "./petition-action";

export interface DraftState extends ActionState {
  similar?: { id: number; title: string; signatureCount: number }[];
}

/** Signing from the petition page (or the creator's link while gathering): the same service as the JSON API. */
export async function signAction(
  petitionId: number,
  shareToken: string | null,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: signatureSchema,
    audience: "anyone",
    act: async (input, _actor, ctx) =>
      signPetition(
        petitionId,
        input,
        { address: await clientAddress(), baseUrl: ctx.baseUrl, shareToken },
        { db: ctx.db },
      ),
    done: `/petitions/${petitionId}?signed=1${shareToken ? `&share=${encodeURIComponent(shareToken)}` : ""}#sign`,
  });
}

/** The button on the page the emailed link opens. */
export async function confirmAction(
  petitionId: number,
  token: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({}),
    audience: "anyone",
    act: (_input, _actor, ctx) => confirmSignature(petitionId, token, { db: ctx.db }),
    // Back to the confirmation page, which a supporter without the creator's link can still see.
    done: (outcome) => `/petitions/${petitionId}/confirm/${token}?done=${outcome}`,
  });
}

/** A new petition: the first submission shows similar open petitions; "submit anyway" creates the draft. */
export async function createDraftAction(_state: DraftState, formData: FormData): Promise<DraftState> {
  const checked = formData.get("$checked") === "1";
  if (!checked) {
    const parsed = petitionDraftSchema.safeParse(Object.fromEntries(formData));
    if (parsed.success) {
      try {
        await enforceRateLimit("petitionSearch");
      } catch {
        return { values: { ...stringValues(formData) }, formError: (await getTranslations())("errors.rate_limited") };
      }
      const similar = await findSimilarOpenPetitions(`${parsed.data.title} ${parsed.data.action}`, await getDb());
      if (similar.length) return { values: { ...stringValues(formData) }, similar };
    }
  }
  return runPetitionAction(formData, {
    schema: petitionDraftSchema,
    audience: "signed_in",
    act: (input, actor, ctx) => {
      if (!actor || actor.role !== "citizen") throw new AppError("forbidden");
      return createPetition(input, { userId: actor.id }, ctx);
    },
    done: (created) => `/petitions/${created.id}`,
  });
}

/** The creator opens the draft to supporters. */
export async function publishForSupportAction(
  petitionId: number,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({}),
    audience: "signed_in",
    act: (_input, actor, ctx) => publishForSupport(petitionId, { userId: actor?.id ?? "" }, ctx),
    done: `/petitions/${petitionId}?done=gathering`,
  });
}

function stringValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (!key.startsWith("$") && typeof value === "string") values[key] = value;
  return values;
}
