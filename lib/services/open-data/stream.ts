// Writing batches of rows as a byte stream with backpressure: the next batch is read from the
// database only when the client has taken the previous one (pull with a high-water mark of one
// chunk), so a slow download holds one batch in memory, not the whole file.
import "server-only";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { type CsvValue, UTF8_BOM, csvLine } from "@/lib/domain/open-data/csv";
import { log } from "@/lib/log";

type Row = Record<string, CsvValue>;

interface Framing<T> {
  head: string;
  row(row: T, index: number): string;
  tail: string;
}

/** Called once when a stream ends, fails or is cancelled by the client. */
export type OnStreamEnd = () => void;

function framedStream<T>(
  batches: AsyncIterator<readonly T[]>,
  framing: Framing<T>,
  onEnd: OnStreamEnd = () => undefined,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ended = false;
  const end = () => {
    if (!ended) onEnd();
    ended = true;
  };
  let written = 0;
  let headSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const head = headSent ? "" : framing.head;
          headSent = true;
          const next = await batches.next();
          if (next.done) {
            controller.enqueue(encoder.encode(head + framing.tail));
            controller.close();
            end();
            return;
          }
          const text = next.value.map((row) => framing.row(row, written++)).join("");
          controller.enqueue(encoder.encode(head + text));
        } catch (error) {
          log.error(
            { job: "open-data", err: error instanceof Error ? error.message : String(error) },
            "open-data stream failed",
          );
          controller.error(error);
          end();
        }
      },
      async cancel() {
        end();
        await batches.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** CSV with a header row of column keys; a UTF-8 byte order mark first so Excel shows Chinese. */
export function csvStream<T extends Row>(
  batches: AsyncIterator<readonly T[]>,
  columns: readonly OpenDataColumn[],
  onEnd?: OnStreamEnd,
): ReadableStream<Uint8Array> {
  return framedStream(
    batches,
    {
      head: UTF8_BOM + csvLine(columns.map((column) => column.key)),
      row: (row) => csvLine(columns.map((column) => row[column.key] ?? null)),
      tail: "",
    },
    onEnd,
  );
}

/** A JSON array of objects with the documented keys, one row per line. */
export function jsonStream<T extends Row>(
  batches: AsyncIterator<readonly T[]>,
  columns: readonly OpenDataColumn[],
  onEnd?: OnStreamEnd,
): ReadableStream<Uint8Array> {
  return framedStream(
    batches,
    {
      head: "[\n",
      row: (row, index) =>
        `${index === 0 ? "" : ",\n"}${JSON.stringify(Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? null])))}`,
      tail: "\n]\n",
    },
    onEnd,
  );
}
