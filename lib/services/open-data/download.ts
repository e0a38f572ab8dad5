// One open-data download (docs/rules.md#open-data): the dataset, the local months it covers, and the
// stream that writes it. Months become instants through the working calendar's time zone.
import "server-only";
import type { Queryable } from "@/db/client";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { periodContaining, shiftPeriod } from "@/lib/domain/metrics/periods";
import { CASE_COLUMNS, SCORECARD_COLUMNS } from "@/lib/domain/open-data/columns";
import type { OpenDataDataset, OpenDataQuery } from "@/lib/validation/open-data";
import { caseRowBatches } from "./case-rows";
import { scorecardRowBatches } from "./scorecard-rows";
import { type OnStreamEnd, csvStream, jsonStream } from "./stream";

export interface OpenDataFile {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
}

/** [from, to) instants for inclusive local months; either end may be open. */
export function monthRange(
  calendar: WorkingCalendar,
  query: Pick<OpenDataQuery, "from" | "to">,
): { from?: Date; to?: Date } {
  return {
    from: query.from ? calendar.startOfLocalDay(`${query.from}-01`) : undefined,
    to: query.to ? calendar.startOfLocalDay(shiftPeriod(periodContaining("month", query.to), 1).startDate) : undefined,
  };
}

export function openDataFile(
  db: Queryable,
  calendar: WorkingCalendar,
  dataset: OpenDataDataset,
  query: OpenDataQuery,
  options: { batchSize?: number; onEnd?: OnStreamEnd } = {},
): OpenDataFile {
  const range = monthRange(calendar, query);
  const [name, format] = dataset.split(".") as ["cases" | "scorecards", "csv" | "json"];
  const span = [query.from ?? "start", query.to ?? "latest"].join("_");
  const filename =
    name === "cases"
      ? `answerable-cases-${query.by}-${span}.${format}`
      : `answerable-scorecards-${query.kind}-${span}.${format}`;
  const write = format === "csv" ? csvStream : jsonStream;
  const stream =
    name === "cases"
      ? write(caseRowBatches(db, { by: query.by, ...range }, options.batchSize), CASE_COLUMNS, options.onEnd)
      : write(scorecardRowBatches(db, { kind: query.kind, ...range }), SCORECARD_COLUMNS, options.onEnd);
  return {
    stream,
    filename,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
  };
}
