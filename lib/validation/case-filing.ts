import { z } from "zod";
import { CHANNELS, type CaseType } from "@/lib/domain/cases/vocabulary";

// Messages are keys: the core `validation` namespace (required, email, tooLong, tooShort,
// invalid) or, for what is particular to filing, `filing.errors` (FILING_ERROR_KEYS).

/** The types a citizen may file; deputy suggestions, proposals and petition responses come in other ways. */
export const CITIZEN_CASE_TYPES = [
  "complaint",
  "report",
  "help_request",
  "inquiry",
  "suggestion",
  "praise",
] as const satisfies readonly CaseType[];

/** Channels an operator enters a case for a caller through (the web is the citizen's own). */
export const OPERATOR_CHANNELS = [
  "phone",
  "letter",
  "visit",
  "email",
] as const satisfies readonly (typeof CHANNELS)[number][];
export type OperatorChannel = (typeof OPERATOR_CHANNELS)[number];

export const FILING_ERROR_KEYS = [
  "phone",
  "photoType",
  "photoSize",
  "tooManyPhotos",
  "contactRequired",
  "coordinates",
  "rehandleLimit",
  "sendBackNeedsReason",
  "accusedOnlyOnReports",
] as const;
export type FilingErrorKey = (typeof FILING_ERROR_KEYS)[number];

// Chinese mobiles (optionally +86 / 0086) and landlines with an area code, an optional extension.
const MOBILE = /^(?:(?:\+|00)86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}[2-9]\d{6,7}(?:(?:ext|#|-|转)\d{1,6})?$/i;

export function isChinesePhone(value: string): boolean {
  const compact = value.replace(/[\s()（）]/g, "");
  const withoutFirstHyphen = compact.replace(/^(0\d{2,3})-/, "$1").replace(/^(\+86|0086)-/, "$1");
  return MOBILE.test(withoutFirstHyphen.replace(/-/g, "")) || LANDLINE.test(withoutFirstHyphen);
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number) => z.preprocess(emptyToUndefined, z.string().trim().max(max, "tooLong").optional());
const checkbox = z
  .preprocess((value) => value === true || value === "on" || value === "true", z.boolean())
  .default(false);
const id = z.preprocess(
  (value) => (value === null || value === undefined || value === "" ? undefined : Number(value)),
  z.number({ error: "required" }).int("invalid").positive("invalid").max(2_147_483_647, "invalid"),
);
const optionalId = z.preprocess(
  (value) => (value === null || value === undefined || value === "" ? undefined : Number(value)),
  z.number({ error: "invalid" }).int("invalid").positive("invalid").max(2_147_483_647, "invalid").optional(),
);
const coordinate = (limit: number) =>
  z.preprocess(
    (value) =>
      value === null || value === undefined || (typeof value === "string" && value.trim() === "")
        ? undefined
        : Number(value),
    z.number({ error: "invalid" }).min(-limit, "coordinates").max(limit, "coordinates").optional(),
  );

export const caseFilingSchema = z
  .object({
    type: z.enum(CITIZEN_CASE_TYPES, { error: "required" }),
    categoryId: id,
    /** Optional when a pin is placed: the district is then found from the point (docs/maps.md#areas). */
    districtId: optionalId,
    street: optionalText(100),
    address: optionalText(200),
    latitude: coordinate(90),
    longitude: coordinate(180),
    title: z.string({ error: "required" }).trim().min(1, "required").max(200, "tooLong"),
    description: z.string({ error: "required" }).trim().min(1, "required").max(4000, "tooLong"),
    name: optionalText(100),
    phone: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(30, "tooLong").refine(isChinesePhone, "phone").optional(),
    ),
    email: z.preprocess(emptyToUndefined, z.string().trim().max(254, "tooLong").email("email").optional()),
    mayPublish: checkbox,
    anonymous: checkbox,
    /** A whistle-blower report (举报) may name the unit it accuses; no other type may. */
    accusedUnitId: optionalId,
    idempotencyKey: z.string({ error: "invalid" }).regex(/^[A-Za-z0-9-]{16,100}$/, "invalid"),
  })
  // Cross-field rules run even when a field failed, so every error shows at once.
  .superRefine(
    (filing, context) => {
      const given = (value: unknown) =>
        typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;
      if (given(filing.latitude) !== given(filing.longitude)) {
        context.addIssue({
          code: "custom",
          path: [given(filing.latitude) ? "longitude" : "latitude"],
          message: "coordinates",
        });
      }
      // Without a pin the district is the only place given: it must be chosen.
      if (!given(filing.districtId) && !(given(filing.latitude) && given(filing.longitude)))
        context.addIssue({ code: "custom", path: ["districtId"], message: "required" });
      if (given(filing.accusedUnitId) && filing.type !== "report")
        context.addIssue({ code: "custom", path: ["accusedUnitId"], message: "accusedOnlyOnReports" });
      if (filing.anonymous === true || (filing.anonymous as unknown) === "on") return;
      if (!given(filing.name)) context.addIssue({ code: "custom", path: ["name"], message: "required" });
      if (!given(filing.phone) && !given(filing.email))
        context.addIssue({ code: "custom", path: ["contact"], message: "contactRequired" });
    },
    { when: () => true },
  );
export type CaseFiling = z.infer<typeof caseFilingSchema>;

/** The form fields of a filing, as typed: what the form shows again after an error. */
export const FILING_FIELDS = [
  "type",
  "categoryId",
  "districtId",
  "street",
  "address",
  "latitude",
  "longitude",
  "title",
  "description",
  "name",
  "phone",
  "email",
  "mayPublish",
  "anonymous",
  "accusedUnitId",
  "idempotencyKey",
  "channel",
] as const;
export type FilingValues = Record<(typeof FILING_FIELDS)[number], string>;

export const operatorChannelSchema = z.enum(OPERATOR_CHANNELS, { error: "required" });
