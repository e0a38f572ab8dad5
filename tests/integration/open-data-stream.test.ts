// The open-data download streams (docs/rules.md#open-data, #scale): rows are read in batches only as fast as
// the client takes them, so 100,000 cases never sit in memory at once.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { CASE_COLUMNS } from "@/lib/domain/open-data/columns";
import { type CaseRow, caseRowBatches, readingMethod } from "@/lib/services/open-data/case-rows";
import { csvStream } from "@/lib/services/open-data/stream";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const GENERATED = 100_000;
const BATCH = 2000;

// A full collection on demand, so the test measures what the stream keeps, not uncollected garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/** Counts how many batches the database has been asked for. */
function counted(source: AsyncGenerator<CaseRow[]>) {
  const counter = { batches: 0, rows: 0 };
  const iterator: AsyncIterator<CaseRow[]> = {
    async next() {
      const result = await source.next();
      if (!result.done) {
        counter.batches += 1;
        counter.rows += result.value.length;
      }
      return result;
    },
    return: () => source.return(undefined),
  };
  return { iterator, counter };
}

describe.each(TEST_TARGETS)("open-data stream on $name", (target) => {
  let connection: Connection;
  let total: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 10, now: NOW }));
    // Closed cases straight in SQL: the stream's cost is in reading and writing, not in realism.
    await connection.db.execute(sql`
      insert into cases (reference, reference_year, reference_sequence, tracking_code_hash, type, channel, status, category_id, lead_unit_id,
        title, description, created_at, replied_at, closed_at, replied_on_time, working_days_to_reply, reply_outcome)
      select 'L' || g, 2030, g, 'load', 'complaint', 'web', 'closed', (select min(id) from categories), (select min(id) from units),
        'Load test case', 'Generated for the stream test', timestamptz '2025-01-01 00:00:00+08' + g * interval '3 minutes',
        timestamptz '2025-01-02 00:00:00+08' + g * interval '3 minutes', timestamptz '2025-01-03 00:00:00+08' + g * interval '3 minutes',
        g % 7 <> 0, g % 11, 'resolved'
      from generate_series(1, ${GENERATED}) g`);
    total = await connection.db.$count(cases);
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("reads PostgreSQL through a server-side cursor and PGlite by keyset pages", () => {
    expect(readingMethod(connection.db)).toBe(connection.driver === "postgres" ? "cursor" : "keyset");
  });

  it("reads the next batch only when the client has taken the last one", async () => {
    const { iterator, counter } = counted(caseRowBatches(connection.db, { by: "created" }, BATCH));
    const reader = csvStream(iterator, CASE_COLUMNS).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One batch read for the client, at most one more buffered ahead: never the whole table.
    expect(counter.batches).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it(`streams ${GENERATED.toLocaleString("en")} cases in batches with bounded memory`, async () => {
    const { iterator, counter } = counted(caseRowBatches(connection.db, { by: "created" }, BATCH));
    const reader = csvStream(iterator, CASE_COLUMNS).getReader();
    const baseline = retainedHeap();
    let peak = baseline;
    let chunks = 0;
    let bytes = 0;
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) lines += 1;
      chunks += 1;
      if (chunks % 10 === 0) peak = Math.max(peak, retainedHeap());
    }
    expect(lines).toBe(total + 1); // the header and one line per case
    expect(counter.rows).toBe(total);
    expect(counter.batches).toBe(Math.ceil(total / BATCH));
    // Holding the file would keep at least its size in the heap; the stream keeps about a batch.
    const growth = peak - baseline;
    console.info(
      `streamed ${total} rows, ${(bytes / 1e6).toFixed(1)} MB of CSV, retained heap grew at most ${(growth / 1e6).toFixed(1)} MB`,
    );
    expect(growth).toBeLessThan(bytes / 5);
  }, 300_000);
});
