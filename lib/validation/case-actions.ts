import { z } from "zod";
import { REDIRECT_CHANNELS, REPLY_OUTCOMES } from "@/lib/domain/cases/vocabulary";

// One schema per staff form on the case page, used by the form and its server action.
// Messages are keys: core `validation.*` or `workflow.errors.*`.
const note = (max = 2000) => z.string().trim().min(1, "required").max(max, "tooLong");
const optionalText = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .optional()
  .transform((v) => (v ? v : null));
const id = z.coerce.number({ message: "required" }).int().positive("required").max(2_147_483_647, "invalid");
const ids = z.array(z.coerce.number().int().positive().max(2_147_483_647)).default([]);

export const caseRefSchema = z.object({ reference: z.string().trim().min(1) });

export const dispatchSchema = z.object({ leadUnitId: id, coUnitIds: ids, note: optionalText });
export type DispatchForm = z.infer<typeof dispatchSchema>;

export const disputeRulingSchema = dispatchSchema.extend({
  ruling: z.enum(["reassign", "designate"], { message: "required" }),
});

export const answerDirectlySchema = z.object({ answer: note(4000) });

export const redirectSchema = z.object({
  channel: z.enum(REDIRECT_CHANNELS, { message: "required" }),
  reasonCode: z.enum(["outside_remit", "court_matter", "other_authority", "emergency"], { message: "required" }),
  note: note(),
});

export const mergeSchema = z.object({ intoReference: z.string().trim().min(1, "required").max(40, "tooLong") });

export const noteSchema = z.object({ note: note() });

export const extensionRequestSchema = z.object({
  amount: z.coerce.number({ message: "required" }).int("invalid").min(1, "invalid").max(90, "invalid"),
  reason: note(),
});

export const extensionDecisionSchema = z.object({
  decision: z.enum(["approve", "refuse"], { message: "required" }),
  note: optionalText,
});

export const replySchema = z
  .object({
    outcome: z.enum(REPLY_OUTCOMES, { message: "required" }),
    text: note(4000),
    legalBasis: optionalText,
    nextSteps: optionalText,
  })
  .superRefine((value, context) => {
    if (value.outcome === "not_supported" && !value.legalBasis)
      context.addIssue({ code: "custom", path: ["legalBasis"], message: "legalBasisRequired" });
    if (value.outcome === "not_supported" && !value.nextSteps)
      context.addIssue({ code: "custom", path: ["nextSteps"], message: "nextStepsRequired" });
  });
export type ReplyForm = z.infer<typeof replySchema>;
