import { z } from "zod";
import { isIsoDate } from "@/lib/domain/admin/catalogue-rules";
import { UNIT_CLASSES } from "@/lib/domain/cases/vocabulary";

// One schema per admin form on /admin/units, /admin/categories and /admin/catalogue.
// Messages are keys: core `validation.*` or `adminOrg.errors.*`.
const name = z.string().trim().min(1, "required").max(200, "tooLong");
const code = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(60, "tooLong")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "codeFormat");
const id = z.coerce.number({ message: "required" }).int("required").positive("required");
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v, context) => {
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      context.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    return n;
  });
const ids = z.array(z.coerce.number().int().positive()).default([]);
/** Keywords typed as a comma- or newline-separated list (，、 too). */
const keywords = z
  .string()
  .max(2000, "tooLong")
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? "")
        .split(/[,，、\n]/)
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ]);
const isoDate = z.string().trim().min(1, "required").refine(isIsoDate, "invalidDate");

/** Optional free text: blank is stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => v || null);

export const unitSchema = z.object({
  nameZh: name,
  nameEn: name,
  unitClass: z.enum(UNIT_CLASSES, { message: "required" }),
  parentId: optionalId,
  /** Empty: the unit serves the whole city. */
  districtId: optionalId,
  /** Whether a staff member's reply waits for the unit head's approval before the citizen sees it. */
  requiresReplyApproval: z.enum(["true", "false"], { message: "required" }).transform((v) => v === "true"),
  contactPhone: optionalText(40).refine((v) => v === null || /^[0-9+()\- ]{3,40}$/.test(v), "phoneFormat"),
  contactEmail: optionalText(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "email"),
  contactAddress: optionalText(300),
});
export type UnitForm = z.infer<typeof unitSchema>;

export const newUnitSchema = unitSchema.extend({ code });
export type NewUnitForm = z.infer<typeof newUnitSchema>;

export const categorySchema = z.object({
  groupId: id,
  nameZh: name,
  nameEn: name,
  slaPolicyId: id,
  keywordsZh: keywords,
  keywordsEn: keywords,
});
export type CategoryForm = z.infer<typeof categorySchema>;

export const newCategorySchema = categorySchema.extend({ code });
export type NewCategoryForm = z.infer<typeof newCategorySchema>;

/** A district or category group: added by a new code, renamed by an existing one. */
export const namedCodeSchema = z.object({ code, nameZh: name, nameEn: name });
export type NamedCodeForm = z.infer<typeof namedCodeSchema>;

export const activeSchema = z.object({
  active: z.enum(["true", "false"], { message: "required" }).transform((v) => v === "true"),
});

export const dispatchEntrySchema = z.object({
  categoryId: id,
  /** Empty means the city-wide entry, for every district without one of its own. */
  districtId: optionalId,
  leadUnitId: id,
  coUnitIds: ids,
  effectiveFrom: isoDate,
});
export type DispatchEntryForm = z.infer<typeof dispatchEntrySchema>;

/** The "where would this go?" tester, read from the query string. */
export const routingProbeSchema = z.object({
  categoryId: id,
  districtId: optionalId,
  date: isoDate,
});
export type RoutingProbe = z.infer<typeof routingProbeSchema>;
