"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import { BLOCK_KINDS, REJECTION_CODES } from "@/lib/domain/petitions/lifecycle";
import { addBlock } from "@/lib/services/petitions/add-block";
import { approvePetition } from "@/lib/services/petitions/approve-petition";
import { flagPetition } from "@/lib/services/petitions/flag-petition";
import { invalidateSignatures } from "@/lib/services/petitions/invalidate-signatures";
import { recordHearing } from "@/lib/services/petitions/record-hearing";
import { rejectPetition } from "@/lib/services/petitions/reject-petition";
import { removeBlock } from "@/lib/services/petitions/remove-block";
import { idSchema } from "@/lib/validation/common";

// Every moderator action: authorise petition.moderate → parse → act → back to the petition.
const audience = "petition.moderate";
const errors = "petitions.errors";
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => v || null);
const unitId = z.coerce.number({ message: "required" }).int("required").positive("required");
const forPetition = z.object({ petitionId: idSchema });
const back = (done: string) => (_: unknown, input: { petitionId: number }) =>
  `/moderation/${input.petitionId}?done=${done}`;

export const approveAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: forPetition.extend({ responsibleUnitId: unitId }),
  errors,
  act: approvePetition,
  done: back("approved"),
});

export const rejectAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: forPetition.extend({
    code: z.enum(REJECTION_CODES, { message: "required" }),
    note: z.string().trim().max(2000, "tooLong").default(""),
  }),
  errors,
  act: rejectPetition,
  done: back("rejected"),
});

export const flagAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: forPetition.extend({
    note: z.string({ message: "required" }).trim().min(1, "required").max(1000, "tooLong"),
  }),
  errors,
  act: flagPetition,
  done: back("flagged"),
});

export const unflagAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: forPetition,
  errors,
  act: ({ petitionId }, actor, ctx) => flagPetition({ petitionId, note: null }, actor, ctx),
  done: back("unflagged"),
});

export const hearingAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: forPetition.extend({
    hearingDate: z.union([z.iso.date({ message: "invalidDate" }), z.literal("")]).transform((v) => v || null),
    hearingOutcome: optionalText(4000),
  }),
  errors,
  act: recordHearing,
  done: back("hearing"),
});

/** A datetime-local value ("2026-03-01T09:30"), read later in the calendar's time zone. */
const wallClock = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:00)?$/, "badWindow")
  .refine((value) => isIsoDate(value.slice(0, 10)), "badWindow");

const invalidationSchema = forPetition
  .extend({
    by: z.enum(["ip", "domain", "window"], { message: "required" }),
    value: z.string().trim().max(200, "tooLong").default(""),
    from: z.string().trim().default(""),
    to: z.string().trim().default(""),
  })
  .superRefine((v, issue) => {
    if (v.by !== "window" && !v.value) issue.addIssue({ code: "custom", path: ["value"], message: "required" });
    if (v.by !== "window") return;
    const from = wallClock.safeParse(v.from);
    const to = wallClock.safeParse(v.to);
    // Same format on both sides: the strings compare as the times do.
    if (!from.success || !to.success || from.data.slice(0, 16) >= to.data.slice(0, 16))
      issue.addIssue({ code: "custom", path: ["to"], message: "badWindow" });
  });

export const invalidateAction = formAction({
  audience,
  bind: ["petitionId"],
  schema: invalidationSchema,
  errors,
  act: ({ petitionId, ...input }, actor, ctx) =>
    invalidateSignatures(
      input.by === "ip"
        ? { petitionId, by: "ip", range: input.value }
        : input.by === "domain"
          ? { petitionId, by: "domain", domain: input.value }
          : {
              petitionId,
              by: "window",
              from: ctx.calendar.localInstant(input.from),
              to: ctx.calendar.localInstant(input.to),
            },
      actor,
      ctx,
    ),
  done: (count, input) => `/moderation/${input.petitionId}?done=invalidated&count=${count}`,
});

export const addBlockAction = formAction({
  audience,
  schema: z.object({
    kind: z.enum(BLOCK_KINDS, { message: "required" }),
    pattern: z.string({ message: "required" }).trim().min(1, "required").max(200, "tooLong"),
    note: optionalText(500),
  }),
  errors,
  act: addBlock,
  done: () => "/moderation/blocks?done=added",
});

export const removeBlockAction = formAction({
  audience,
  bind: ["blockId"],
  schema: z.object({ blockId: idSchema }),
  errors,
  act: removeBlock,
  done: () => "/moderation/blocks?done=removed",
});
