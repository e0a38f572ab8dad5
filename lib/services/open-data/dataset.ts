// What an open-data dataset is (docs/open-data.md#datasets): a name (its URL, /api/open-data/<name>.csv),
// its documented columns, the catalogue key of their meanings, and the batches of rows it streams.
// One file per dataset in ./datasets, one line in ./registry.ts.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import type { CsvValue } from "@/lib/domain/open-data/csv";
import type { OpenDataQuery } from "@/lib/validation/open-data";

export type OpenDataRow = Record<string, CsvValue>;

export interface DatasetSource {
  db: Queryable;
  calendar: WorkingCalendar;
  /** The instant "now" of figures that depend on it (a unit's cards over the last twelve months). */
  now: Date;
  /** [from, to) instants of the query's local months; either may be open. */
  range: { from?: Date; to?: Date };
  batchSize?: number;
}

export interface OpenDataDataset {
  name: string;
  columns: readonly OpenDataColumn[];
  /** Catalogue key under which each column's meaning is `<key>` (the methodology and open-data pages). */
  messages: string;
  /** Which query parameters apply besides from/to (the open-data page's form shows these). */
  parameters: readonly ("by" | "kind" | "versions")[];
  /** The file name without its extension. */
  filename(query: OpenDataQuery): string;
  rows(source: DatasetSource, query: OpenDataQuery): AsyncGenerator<OpenDataRow[]>;
}

/** Identity, so a dataset file is checked against the interface where it is written. */
export function defineDataset(dataset: OpenDataDataset): OpenDataDataset {
  return dataset;
}

export function span(query: Pick<OpenDataQuery, "from" | "to">): string {
  return [query.from ?? "start", query.to ?? "latest"].join("_");
}

/** A timestamp as the case download writes it: UTC, ISO 8601, whole seconds ("2026-10-05T02:00:00Z"). */
/** The same format in SQL, for a column or expression of type timestamptz. */
export const utcTimestampSql = (column: string): SQL =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

export function utcTimestamp(at: Date | null | undefined): string | null {
  return at ? `${at.toISOString().slice(0, 19)}Z` : null;
}
