import { z } from "zod";
import { SATISFACTION_LEVELS } from "@/lib/domain/cases/vocabulary";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import { callbackAnswerErrors } from "@/lib/domain/desk/callback";

// The hotline desk's two forms. Messages are keys: `validation.*` or, for the desk's own, `hotline.errors.*`.

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .refine((value) => isIsoDate(value), "invalid")
    .optional(),
);
const yesNo = z.preprocess(
  emptyToUndefined,
  z
    .enum(["yes", "no"], { error: "required" })
    .transform((value) => value === "yes")
    .optional(),
);

/** The search box and its date range. The box's own rules (reference, phone, text) are the domain's. */
export const deskSearchSchema = z.object({
  q: z.string({ error: "required" }).max(400, "tooLong"),
  from: optionalDate,
  to: optionalDate,
});
export type DeskSearch = z.infer<typeof deskSearchSchema>;

/** A phone callback: reached or not, the caller's three answers, the call's local date and time. */
const callbackFields = z.object({
  reached: z.enum(["yes", "no"], { error: "required" }).transform((value) => value === "yes"),
  contacted: yesNo,
  solved: yesNo,
  satisfaction: z.preprocess(emptyToUndefined, z.enum(SATISFACTION_LEVELS, { error: "invalid" }).optional()),
  calledAt: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::00)?$/, "invalid")
    .refine((value) => isIsoDate(value.slice(0, 10)), "invalid"),
  sendBack: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).default(false),
});

// Beside the fields: radio buttons left empty are not in the form's values, so a use case's
// refusal for them would land in the form's alert instead.
const answersGiven = (callback: z.infer<typeof callbackFields>, issues: z.RefinementCtx) => {
  for (const [field, key] of Object.entries(callbackAnswerErrors(callback)))
    issues.addIssue({ code: "custom", path: [field], message: key });
};

export const callbackSchema = callbackFields.superRefine(answersGiven);
export type Callback = z.infer<typeof callbackSchema>;

/** The form as posted to a case: its reference bound by the page. */
export const boundCallbackSchema = callbackFields
  .extend({ reference: z.string().trim().min(1).max(64) })
  .superRefine(answersGiven);
