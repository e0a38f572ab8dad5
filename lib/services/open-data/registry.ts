// Every open-data dataset (docs/open-data.md#datasets). A new dataset is one file in ./datasets and one line
// here, plus its column meanings in the catalogue (lib/i18n/messages/*/openData.json); the download
// route, the open-data page, the methodology page and datapackage.json all read this list.
import "server-only";
import type { OpenDataDataset } from "./dataset";
import { appraisalResultsDataset } from "./datasets/appraisal-results";
import { casesDataset } from "./datasets/cases";
import { petitionCountsDataset } from "./datasets/petition-counts";
import { scorecardsDataset } from "./datasets/scorecards";
import { accountabilityMeasuresDataset } from "./datasets/accountability-measures";
import { supervisionNoticesDataset } from "./datasets/supervision-notices";
import { unitsDataset } from "./datasets/units";

export const OPEN_DATA_REGISTRY: readonly OpenDataDataset[] = [
  casesDataset,
  scorecardsDataset,
  unitsDataset,
  appraisalResultsDataset,
  petitionCountsDataset,
  supervisionNoticesDataset,
  accountabilityMeasuresDataset,
];

export function findDataset(name: string): OpenDataDataset | null {
  return OPEN_DATA_REGISTRY.find((dataset) => dataset.name === name) ?? null;
}
