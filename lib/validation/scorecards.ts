import { z } from "zod";
import { PERIOD_KINDS } from "@/lib/domain/metrics/periods";

// The forms of /admin/scorecards. Values arrive as strings; messages are keys of
// `scorecards.errors` (or core `validation`).

const percent = z
  .string({ message: "required" })
  .trim()
  .min(1, "required")
  .transform(Number)
  .refine((value) => Number.isFinite(value), "number")
  .refine((value) => value >= 0 && value <= 100, "percent");

export const scorecardRuleFormSchema = z
  .object({
    effectiveFrom: z
      .string({ message: "required" })
      .trim()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month"),
    weightResponse: percent,
    weightSatisfaction: percent,
    weightResolution: percent,
    bandSatisfied: percent,
    bandFairlySatisfied: percent,
    bandBasicallySatisfied: percent,
  })
  .transform((form) => ({
    effectiveFrom: `${form.effectiveFrom}-01`,
    weights: {
      response: form.weightResponse / 100,
      satisfaction: form.weightSatisfaction / 100,
      resolution: form.weightResolution / 100,
    },
    bands: {
      satisfied: form.bandSatisfied,
      fairlySatisfied: form.bandFairlySatisfied,
      basicallySatisfied: form.bandBasicallySatisfied,
    },
  }));
export type ScorecardRuleForm = z.infer<typeof scorecardRuleFormSchema>;

export const recomputeFormSchema = z.object({
  periodKind: z.enum(PERIOD_KINDS, { message: "required" }),
  periodKey: z.string({ message: "required" }).trim().min(1, "required"),
  reason: z.string({ message: "reasonRequired" }).trim().min(3, "reasonRequired").max(300, "reasonTooLong"),
});
export type RecomputeForm = z.infer<typeof recomputeFormSchema>;
