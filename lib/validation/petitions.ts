import { z } from "zod";

// The petition forms and the JSON API share these schemas. Messages are keys of
// `petitions.errors` (or core `validation`).

// No control characters (a NUL would fail the database insert, and with it a batch of signatures).
const text = (max: number) =>
  z
    .string({ message: "required" })
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), "invalid");
// A checkbox: JSON true/false, or a form's "yes" (or "on") when ticked and nothing when not.
const checkbox = z
  .union([z.boolean(), z.literal("yes"), z.literal("on"), z.literal("true"), z.literal(""), z.array(z.string())])
  // A box left unticked is not sent at all.
  .optional()
  .transform((v) => v === true || v === "yes" || v === "on" || v === "true" || (Array.isArray(v) && v.includes("yes")));

export const signatureSchema = z.object({
  name: text(100),
  email: z
    .string({ message: "required" })
    .trim()
    .min(1, "required")
    .max(254, "tooLong")
    .pipe(z.email({ message: "email" })),
  districtCode: z.string({ message: "required" }).trim().min(1, "required").max(40, "invalid"),
  consent: checkbox.refine((v) => v, "consentRequired"),
  notify: checkbox,
});
export type SignatureForm = z.infer<typeof signatureSchema>;
export const SIGNATURE_FIELDS = ["name", "email", "districtCode", "consent", "notify"] as const;

export const petitionDraftSchema = z.object({
  title: text(150),
  action: text(1000),
  background: z.string().trim().max(3000, "tooLong").default(""),
  categoryId: z.coerce.number({ message: "required" }).int("required").positive("required"),
  showCreatorName: checkbox,
  creatorName: z.string().trim().max(100, "tooLong").default(""),
});
export type PetitionDraft = z.infer<typeof petitionDraftSchema>;
export const PETITION_DRAFT_FIELDS = [
  "title",
  "action",
  "background",
  "categoryId",
  "showCreatorName",
  "creatorName",
] as const;

/** The petition settings an admin edits on /admin/settings (ranges live in lib/services/settings.ts). */
export const PETITION_SETTING_FIELDS = [
  "petitionSupportersRequired",
  "petitionResponseThreshold",
  "petitionDebateThreshold",
  "petitionOpenMonths",
  "petitionResponseWorkingDays",
  "petitionModerationWorkingDays",
  "petitionCountIntervalSeconds",
] as const;
