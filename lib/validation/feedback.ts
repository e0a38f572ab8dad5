import { z } from "zod";
import { SATISFACTION_LEVELS } from "@/lib/domain/cases/vocabulary";

// Messages are keys in the `validation` namespace (translated by lib/actions/form-action.ts).

const yesNo = z.preprocess(
  (value) => (value === "yes" ? true : value === "no" ? false : value),
  z.boolean({ error: "required" }),
);

/** The citizen's answer to the callback (回访), docs/rules.md#feedback. */
export const feedbackSchema = z.object({
  contacted: yesNo,
  solved: yesNo,
  satisfaction: z.enum(SATISFACTION_LEVELS, { error: "required" }),
  comment: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(2000, "tooLong").optional(),
  ),
  decision: z.enum(["accept", "send_back"], { error: "required" }),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** How a guest proves a case is theirs: its reference and the tracking code given when filing. */
export const trackingLookupSchema = z.object({
  reference: z.string({ error: "required" }).trim().min(1, "required").max(30, "tooLong"),
  trackingCode: z.string({ error: "required" }).trim().min(1, "required").max(30, "tooLong"),
});
export type TrackingLookup = z.infer<typeof trackingLookupSchema>;
