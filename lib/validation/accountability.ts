import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import {
  FOLLOW_UP_MAX_LENGTH,
  MEASURE_KINDS,
  OFFICIAL_NAME_MAX_LENGTH,
  REASON_MAX_LENGTH,
  parseCaseReferences,
} from "@/lib/domain/supervision/accountability";

// The forms of the accountability ledger (/supervision/accountability) and its admin setting.
// Messages are keys: `accountability.errors.*` first, then the shared `validation` namespace.

const id = z.string({ message: "required" }).trim().regex(/^\d+$/, "required").transform(Number);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => (value ? value : null));

export const measureSchema = z.object({
  unitId: id,
  kind: z.enum(MEASURE_KINDS, { message: "required" }),
  takenOn: z.string({ message: "required" }).trim().refine(isIsoDate, "date"),
  reason: z.string({ message: "required" }).trim().min(1, "required").max(REASON_MAX_LENGTH, "tooLong"),
  officialName: optionalText(OFFICIAL_NAME_MAX_LENGTH),
  caseReferences: z
    .string()
    .optional()
    .transform((value) => parseCaseReferences(value ?? "")),
  campaignId: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d+$/.test(value), "invalid")
    .transform((value) => (value ? Number(value) : null)),
  followUp: optionalText(FOLLOW_UP_MAX_LENGTH),
});
export type MeasureInput = z.infer<typeof measureSchema>;

export const followUpSchema = z.object({
  measureId: z.number().int().positive(),
  followUp: z.string({ message: "required" }).trim().min(1, "required").max(FOLLOW_UP_MAX_LENGTH, "tooLong"),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

/** /admin/settings: whether the ledger publishes officials' names. */
export const ledgerSettingsSchema = z.object({
  publishOfficialNames: z.enum(["yes", "no"], { message: "required" }).transform((value) => value === "yes"),
});
