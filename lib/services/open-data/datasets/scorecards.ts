// The frozen scorecards (docs/open-data.md#scorecards): the current version of every published period,
// or every version with versions=all.
import "server-only";
import { SCORECARD_COLUMNS } from "@/lib/domain/open-data/columns";
import { defineDataset, span } from "../dataset";
import { scorecardRowBatches } from "../scorecard-rows";

export const scorecardsDataset = defineDataset({
  name: "scorecards",
  columns: SCORECARD_COLUMNS,
  messages: "scorecards.columns.scorecards",
  parameters: ["kind", "versions"],
  filename: (query) =>
    `answerable-scorecards-${query.kind}-${span(query)}${query.versions === "all" ? "-all-versions" : ""}`,
  rows: ({ db, range }, query) => scorecardRowBatches(db, { kind: query.kind, versions: query.versions, ...range }),
});
