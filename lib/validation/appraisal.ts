import { z } from "zod";
import { APPRAISAL_LIGHTS, RATER_GROUP_KINDS } from "@/lib/domain/appraisal/vocabulary";
import { isIsoDate } from "@/lib/domain/calendar/working-calendar";

// Messages are keys: `appraisal.errors.*` first, then the shared `validation` namespace.

const localDate = z.string().trim().refine(isIsoDate, "date");
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "wholeNumber")
    .transform(Number)
    .refine((n) => n >= min && n <= max, "outOfRange");

export const campaignSchema = z
  .object({
    // Not "title": the form component already uses that id for its heading.
    name: z.string().trim().min(1, "required").max(200, "tooLong"),
    periodFrom: localDate,
    periodTo: localDate,
    unitIds: z.array(z.string().regex(/^\d+$/, "invalid").transform(Number)).min(1, "chooseUnits"),
    appraisalWeight: wholeNumber(0, 100),
    minimumSample: wholeNumber(1, 10_000),
    burstThreshold: wholeNumber(2, 10_000),
    bottomCount: wholeNumber(0, 100),
  })
  .refine((c) => c.periodFrom <= c.periodTo, { message: "periodOrder", path: ["periodTo"] });
export type CampaignInput = z.infer<typeof campaignSchema>;

export const raterGroupSchema = z.object({
  kind: z.enum(RATER_GROUP_KINDS, { message: "required" }),
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
});
export type RaterGroupInput = z.infer<typeof raterGroupSchema>;

export const MAX_CODES_PER_EXPORT = 1000;
export const codeRequestSchema = z.object({
  groupId: z.string().regex(/^\d+$/, "invalid").transform(Number),
  count: wholeNumber(1, MAX_CODES_PER_EXPORT),
});

export const raterCodeSchema = z.object({
  code: z.string().trim().min(1, "required").max(40, "tooLong"),
});

export const COMMENT_MAX_LENGTH = 1000;

/** One line of a ballot: a light for a unit, and an optional comment. */
export const ballotEntrySchema = z.object({
  unitId: z.number().int().positive(),
  light: z.enum(APPRAISAL_LIGHTS),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH, "tooLong").nullable(),
});
export type BallotEntry = z.infer<typeof ballotEntrySchema>;

/**
 * The ballot form has, per unit, `light-<id>` (green, yellow, red or "" for "not rating") and
 * `comment-<id>`. Returns the filled lines, and errors keyed by those field names.
 */
export function parseBallotForm(
  values: Record<string, string>,
  unitIds: readonly number[],
): { entries: BallotEntry[]; errors: Record<string, string[]> } {
  const entries: BallotEntry[] = [];
  const errors: Record<string, string[]> = {};
  for (const unitId of unitIds) {
    const light = values[`light-${unitId}`] ?? "";
    const comment = (values[`comment-${unitId}`] ?? "").trim();
    if (light === "") {
      if (comment !== "") errors[`light-${unitId}`] = ["lightForComment"];
      continue;
    }
    const parsed = ballotEntrySchema.safeParse({ unitId, light, comment: comment === "" ? null : comment });
    if (parsed.success) entries.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        (errors[`${String(issue.path[0]) === "comment" ? "comment" : "light"}-${unitId}`] ??= []).push(issue.message);
  }
  if (entries.length === 0 && Object.keys(errors).length === 0) errors.form = ["emptyBallot"];
  return { entries, errors };
}
