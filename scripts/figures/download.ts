// Downloading a site's open data for the reference recomputation: the data package descriptor (for the
// city's time zone) and the CSV files, parsed as a stream (RFC 4180, byte order mark allowed), so a
// million cases are never held as text.
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { parse } from "csv-parse";
import type { Row } from "./recompute";

/** Anything that answers a GET like fetch: the real network, or a test's in-process files. */
export type Fetcher = (url: string) => Promise<Response>;

async function ok(fetcher: Fetcher, url: string): Promise<Response> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new Error(`GET ${url}: ${response.status} ${response.statusText}`);
  return response;
}

/** The city's time zone from datapackage.json (`answerable.timeZone`), or null when the site has none. */
export async function siteTimeZone(fetcher: Fetcher, base: string): Promise<string | null> {
  const response = await fetcher(`${base}/api/open-data/datapackage.json`);
  if (!response.ok) return null;
  const descriptor = (await response.json()) as { answerable?: { timeZone?: unknown } };
  return typeof descriptor.answerable?.timeZone === "string" ? descriptor.answerable.timeZone : null;
}

/** The rows of one CSV download, one at a time. */
export async function* csvRows(fetcher: Fetcher, url: string): AsyncGenerator<Row> {
  const response = await ok(fetcher, url);
  const parser = Readable.fromWeb(response.body as unknown as NodeWebStream<Uint8Array>).pipe(
    parse({ columns: true, bom: true, relax_column_count: false }),
  );
  for await (const row of parser) yield row as Row;
}

export async function allRows(fetcher: Fetcher, url: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of csvRows(fetcher, url)) rows.push(row);
  return rows;
}
