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
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "fromAfterTo", path: ["to"] });
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;

export const OPEN_DATA_DATASETS = ["cases.csv", "cases.json", "scorecards.csv", "scorecards.json"] as const;
export type OpenDataDataset = (typeof OPEN_DATA_DATASETS)[number];
