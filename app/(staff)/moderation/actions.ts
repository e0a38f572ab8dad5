"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { BLOCK_KINDS, REJECTION_CODES } from "@/lib/domain/petitions/lifecycle";
import { addBlock, invalidateSignatures, removeBlock } from "@/lib/services/petitions/fraud";
import {
  approvePetition,
  flagPetition,
  recordHearing,
  rejectPetition,
} from "@/lib/services/petitions/moderate-petition";
import { runPetitionAction } from "../../(public)/petitions/petition-action";

// Every moderator action: parse → authorise petition.moderate → act (runPetitionAction).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => v || null);
const id = z.coerce.number({ message: "required" }).int("required").positive("required");

export async function approveAction(petitionId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({ responsibleUnitId: id }),
    audience: "petition.moderate",
    act: (input, actor, ctx) => approvePetition(petitionId, input, { userId: actor?.id ?? "" }, ctx, ctx.baseUrl),
    done: `/moderation/${petitionId}?done=approved`,
  });
}

export async function rejectAction(petitionId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({
      code: z.enum(REJECTION_CODES, { message: "required" }),
      note: z.string().trim().max(2000, "tooLong").default(""),
    }),
    audience: "petition.moderate",
    act: (input, actor, ctx) => rejectPetition(petitionId, input, { userId: actor?.id ?? "" }, ctx, ctx.baseUrl),
    done: `/moderation/${petitionId}?done=rejected`,
  });
}

export async function flagAction(petitionId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({ note: z.string({ message: "required" }).trim().min(1, "required").max(1000, "tooLong") }),
    audience: "petition.moderate",
    act: (input, actor, ctx) => flagPetition(petitionId, { note: input.note }, { userId: actor?.id ?? "" }, ctx),
    done: `/moderation/${petitionId}?done=flagged`,
  });
}

export async function unflagAction(petitionId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({}),
    audience: "petition.moderate",
    act: (_input, actor, ctx) => flagPetition(petitionId, { note: null }, { userId: actor?.id ?? "" }, ctx),
    done: `/moderation/${petitionId}?done=unflagged`,
  });
}

export async function hearingAction(petitionId: number, _state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({
      hearingDate: z.union([z.iso.date({ message: "invalidDate" }), z.literal("")]).transform((v) => v || null),
      hearingOutcome: optionalText(4000),
    }),
    audience: "petition.moderate",
    act: (input, actor, ctx) => recordHearing(petitionId, input, { userId: actor?.id ?? "" }, ctx, ctx.baseUrl),
    done: `/moderation/${petitionId}?done=hearing`,
  });
}

const invalidationSchema = z
  .object({
    by: z.enum(["ip", "domain", "window"], { message: "required" }),
    value: z.string().trim().max(200, "tooLong").default(""),
    from: z.string().trim().default(""),
    to: z.string().trim().default(""),
  })
  .superRefine((v, issue) => {
    if (v.by !== "window" && !v.value) issue.addIssue({ code: "custom", path: ["value"], message: "required" });
    if (
      v.by === "window" &&
      (Number.isNaN(Date.parse(v.from)) || Number.isNaN(Date.parse(v.to)) || Date.parse(v.from) >= Date.parse(v.to))
    )
      issue.addIssue({ code: "custom", path: ["to"], message: "badWindow" });
  });

export async function invalidateAction(
  petitionId: number,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: invalidationSchema,
    audience: "petition.moderate",
    act: (input, actor, ctx) =>
      invalidateSignatures(
        petitionId,
        input.by === "ip"
          ? { by: "ip", range: input.value }
          : input.by === "domain"
            ? { by: "domain", domain: input.value }
            : { by: "window", from: localTime(input.from), to: localTime(input.to) },
        { userId: actor?.id ?? "" },
        ctx,
      ),
    done: (count) => `/moderation/${petitionId}?done=invalidated&count=${count}`,
  });
}

/** A datetime-local value is Beijing time. */
function localTime(value: string): Date {
  return new Date(/[Z+]/.test(value.slice(10)) ? value : `${value}+08:00`);
}

export async function addBlockAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({
      kind: z.enum(BLOCK_KINDS, { message: "required" }),
      pattern: z.string({ message: "required" }).trim().min(1, "required").max(200, "tooLong"),
      note: optionalText(500),
    }),
    audience: "petition.moderate",
    act: (input, actor, ctx) => addBlock(input, { userId: actor?.id ?? "" }, ctx),
    done: "/moderation/blocks?done=added",
  });
}

export async function removeBlockAction(
  blockId: number,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runPetitionAction(formData, {
    schema: z.object({}),
    audience: "petition.moderate",
    act: (_input, _actor, ctx) => removeBlock(blockId, ctx),
    done: "/moderation/blocks?done=removed",
  });
}
