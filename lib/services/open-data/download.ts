// One open-data download (docs/rules.md#open-data): the dataset of the registry, the local months it covers,
// and the stream that writes it. Months become instants through the working calendar's time zone.
import "server-only";
import type { Queryable } from "@/db/client";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { periodContaining, shiftPeriod } from "@/lib/domain/metrics/periods";
import { AppError } from "@/lib/errors";
import type { OpenDataFileName, OpenDataQuery } from "@/lib/validation/open-data";
import { findDataset } from "./registry";
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

/** The file `<dataset>.<format>`; an unknown dataset is not_found (404). */
export function openDataFile(
  db: Queryable,
  calendar: WorkingCalendar,
  file: OpenDataFileName | string,
  query: OpenDataQuery,
  options: { batchSize?: number; onEnd?: OnStreamEnd; now?: Date } = {},
): OpenDataFile {
  const dot = file.lastIndexOf(".");
  const format = file.slice(dot + 1);
  const dataset = findDataset(file.slice(0, dot));
  if (!dataset || (format !== "csv" && format !== "json")) throw new AppError("not_found");
  const source = {
    db,
    calendar,
    now: options.now ?? new Date(),
    range: monthRange(calendar, query),
    batchSize: options.batchSize,
  };
  const write = format === "csv" ? csvStream : jsonStream;
  return {
    stream: write(dataset.rows(source, query), dataset.columns, options.onEnd),
    filename: `${dataset.filename(query)}.${format}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
  };
}
