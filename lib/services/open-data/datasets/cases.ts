// The anonymised cases (docs/open-data.md#cases), filtered by filing or reply month.
import "server-only";
import { CASE_COLUMNS } from "@/lib/domain/open-data/columns";
import { caseRowBatches } from "../case-rows";
import { defineDataset, span } from "../dataset";

export const casesDataset = defineDataset({
  name: "cases",
  columns: CASE_COLUMNS,
  messages: "scorecards.columns.cases",
  parameters: ["by"],
  filename: (query) => `answerable-cases-${query.by}-${span(query)}`,
  rows: ({ db, range, batchSize }, query) => caseRowBatches(db, { by: query.by, ...range }, batchSize),
});
