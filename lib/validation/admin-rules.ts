import { z } from "zod";
import { validateSlaLimits } from "@/lib/domain/admin/sla-rules";
import { isWeekend } from "@/lib/domain/calendar/calendar-import";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";
import { CLOCK_KINDS } from "@/lib/domain/cases/vocabulary";
import { PETITION_SETTING_FIELDS } from "./petitions";

// One schema per admin form on /admin/sla, /admin/calendar and /admin/settings, used by the
// form's server action. Form values arrive as strings; messages are keys of `adminRules.errors`
// (or core `validation`).

const wholeNumber = z
  .string({ message: "required" })
  .trim()
  .min(1, "required")
  .transform(Number)
  .refine((value) => Number.isInteger(value), "wholeNumber");
const optionalWholeNumber = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .refine((value) => value === null || Number.isInteger(value), "wholeNumber");
const decimal = z
  .string({ message: "required" })
  .trim()
  .min(1, "required")
  .transform(Number)
  .refine((value) => Number.isFinite(value), "number");
const name = z.string({ message: "required" }).trim().min(1, "required").max(100, "tooLong");
const optionalName = z
  .string()
  .trim()
  .max(100, "tooLong")
  .optional()
  .transform((value) => value ?? "");

export const SLA_LIMIT_FIELDS = [
  "signForLimit",
  "firstContactLimit",
  "replyLimit",
  "warningFraction",
  "warningMinimumWorkingDays",
  "yellowCardAfterWorkingDays",
  "redCardAfterWorkingDays",
  "maxExtensions",
  "maxExtensionAmount",
  "disputeWindowWorkingDays",
] as const;

export const slaPolicySchema = z
  .object({
    code: z
      .string({ message: "required" })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "codeFormat")
      .refine((code) => code !== "new", "codeReserved"),
    nameZh: name,
    nameEn: name,
    clockKind: z.enum(CLOCK_KINDS, { message: "required" }),
    signForLimit: optionalWholeNumber,
    firstContactLimit: optionalWholeNumber,
    replyLimit: wholeNumber,
    maxExtensions: wholeNumber,
    maxExtensionAmount: optionalWholeNumber,
    warningFraction: decimal,
    warningMinimumWorkingDays: wholeNumber,
    yellowCardAfterWorkingDays: wholeNumber,
    redCardAfterWorkingDays: wholeNumber,
    disputeWindowWorkingDays: wholeNumber,
  })
  .superRefine((policy, context) => {
    for (const [field, keys] of Object.entries(validateSlaLimits(policy))) {
      for (const key of keys) context.addIssue({ code: "custom", path: [field], message: key });
    }
  });
export type SlaPolicyInput = z.infer<typeof slaPolicySchema>;

export const calendarDaySchema = z
  .object({
    date: z
      .string({ message: "required" })
      .trim()
      .min(1, "required")
      .refine((date) => isIsoDate(date), "badDate"),
    kind: z.enum(["holiday", "workday"], { message: "required" }),
    nameZh: optionalName,
    nameEn: optionalName,
  })
  .superRefine((day, context) => {
    if (day.kind === "workday" && isIsoDate(day.date) && !isWeekend(day.date))
      context.addIssue({ code: "custom", path: ["date"], message: "workdayOnWeekday" });
  });
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

export const calendarDateSchema = z.object({ date: z.string().refine((date) => isIsoDate(date), "badDate") });

export const calendarImportSchema = z.object({
  year: wholeNumber.refine((year) => year >= 2000 && year <= 2100, "outOfRange"),
  text: z.string({ message: "required" }).trim().min(1, "required").max(200_000, "tooLong"),
  mode: z.enum(["preview", "import"]).default("preview"),
});
export type CalendarImportInput = z.infer<typeof calendarImportSchema>;

/** Only the shape here: the ranges live with the settings themselves (lib/services/settings.ts). */
export const settingsFormSchema = z.object({
  feedbackWindowWorkingDays: wholeNumber,
  rehandleLimit: wholeNumber,
  problemCaseThreshold: wholeNumber,
  minimumSample: wholeNumber,
  badRatingAnswerWorkingDays: wholeNumber,
  nearbyDuplicateMetres: wholeNumber,
});
export type SettingsForm = z.infer<typeof settingsFormSchema>;

/** The go-live date of /admin/settings: a YYYY-MM-DD date, or empty for none (docs/imports.md). */
export const goLiveFormSchema = z.object({
  goLiveDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isIsoDate(value), "badDate"),
});

/** The petition settings: their own form on /admin/settings. */
export const petitionSettingsSchema = z
  .object(
    Object.fromEntries(PETITION_SETTING_FIELDS.map((field) => [field, wholeNumber])) as Record<
      (typeof PETITION_SETTING_FIELDS)[number],
      typeof wholeNumber
    >,
  )
  .refine((v) => v.petitionDebateThreshold > v.petitionResponseThreshold, {
    path: ["petitionDebateThreshold"],
    message: "debateBelowResponse",
  });
