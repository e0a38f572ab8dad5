// The Frictionless data package descriptor (https://specs.frictionlessdata.io/data-package/) of the open
// data: every dataset of the registry with its columns, so a tool can read the files without guessing.
// Beside the standard properties, `answerable.timeZone` is the city's time zone, in which every month,
// quarter and year starts (docs/transparency.md#methodology).
import "server-only";
import type { ColumnType } from "@/lib/domain/open-data/columns";
import { OPEN_DATA_REGISTRY } from "./registry";

const FIELD_TYPES: Record<ColumnType, { type: string; format?: string }> = {
  text: { type: "string" },
  integer: { type: "integer" },
  decimal: { type: "number" },
  boolean: { type: "boolean" },
  timestamp: { type: "datetime" },
  date: { type: "date" },
};

export function dataPackage(input: { appUrl: string; timeZone: string }) {
  return {
    profile: "tabular-data-package",
    name: "answerable-open-data",
    title: "Answerable open data",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    answerable: { timeZone: input.timeZone },
    resources: OPEN_DATA_REGISTRY.flatMap((dataset) =>
      (["csv", "json"] as const).map((format) => ({
        name: `${dataset.name}-${format}`,
        path: `${input.appUrl}/api/open-data/${dataset.name}.${format}`,
        format,
        mediatype: format === "csv" ? "text/csv" : "application/json",
        encoding: "utf-8",
        ...(format === "csv" ? { dialect: { delimiter: ",", lineTerminator: "\r\n", header: true } } : {}),
        schema: {
          fields: dataset.columns.map((column) => ({
            name: column.key,
            ...FIELD_TYPES[column.type],
            ...(column.measure ? { unit: column.measure } : {}),
          })),
        },
      })),
    ),
  };
}
