import { z } from "zod";
import { PERIOD_KINDS } from "@/lib/domain/metrics/periods";

// The open-data download's query string: ?from=2026-01&to=2026-03&by=replied (cases) or
// ?kind=quarter&from=2026-01 (scorecards). Months are local and inclusive.
const month = z
  .string()
  .regex(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/, "month")
  .optional();

export const openDataQuerySchema = z
  .object({
    from: month,
    to: month,
    by: z.enum(["created", "replied"], { message: "invalid" }).default("created"),
    kind: z.enum(PERIOD_KINDS, { message: "invalid" }).default("month"),
    /** Scorecards: each subject's current version, or every version ever published (a frozen month's history). */
    versions: z.enum(["current", "all"], { message: "invalid" }).default("current"),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "fromAfterTo", path: ["to"] });
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;

/** A download's file name, `<dataset>.<format>`; which datasets exist is lib/services/open-data/registry.ts. */
export const openDataFileSchema = z.string().regex(/^[a-z][a-z-]*\.(csv|json)$/);
export type OpenDataFileName = `${string}.${"csv" | "json"}`;
