// npm run bench:open-data [-- --format csv|json --batch 2000]
// Streams the whole anonymised case download (the open-data CSV or JSON, every case) from the
// PostgreSQL database named by BENCH_DATABASE_URL (default: the million-case load database that
// `npm run db:generate-load` fills) into a sink that counts bytes and lines, and prints rows per
// second and the process's peak resident memory. Nothing is written to the database.
// Its last line: BENCH open-data format=… rows=… seconds=… rows_per_s=… mb=… peak_rss_mb=… start_rss_mb=…
import "./load-env";
import { count } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { cases } from "@/db/schema";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { readingMethod } from "@/lib/services/open-data/case-rows";
import { openDataFile } from "@/lib/services/open-data/download";
import { openDataQuerySchema } from "@/lib/validation/open-data";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const FORMAT = option("format", "csv") === "json" ? "json" : "csv";
const BATCH = Number(option("batch", "2000"));
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/answerable_load";
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
  const connection = await openDatabase({ url: DATABASE_URL });
  try {
    const [total] = await connection.db.select({ n: count() }).from(cases);
    const rows = total?.n ?? 0;
    if (rows === 0)
      throw new Error(
        `no cases in ${DATABASE_URL}: run npm run db:generate-load first (DATABASE_URL=… npm run db:generate-load -- --cases 1000000)`,
      );
    const calendar = await loadCalendar(connection.db);
    const startRss = process.memoryUsage().rss;
    let peakRss = startRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const file = openDataFile(
      connection.db,
      calendar,
      FORMAT === "csv" ? "cases.csv" : "cases.json",
      openDataQuerySchema.parse({}),
      { batchSize: BATCH },
    );
    console.log(
      `streaming ${rows.toLocaleString("en")} cases as ${FORMAT} (${readingMethod(connection.db)}, batches of ${BATCH})…`,
    );
    const started = performance.now();
    let bytes = 0;
    let lines = 0;
    const reader = file.stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let i = 0; i < value.length; i += 1) if (value[i] === 10) lines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const written = FORMAT === "csv" ? lines - 1 : lines - 2; // less the header, or the brackets
    if (written !== rows) throw new Error(`wrote ${written} rows, expected ${rows}`);
    console.log(
      `${written.toLocaleString("en")} rows, ${mb(bytes)} MB in ${seconds.toFixed(1)} s: ${Math.round(written / seconds).toLocaleString("en")} rows/s; RSS ${mb(startRss)} MB at start, ${mb(peakRss)} MB at peak`,
    );
    console.log(
      `BENCH open-data format=${FORMAT} rows=${written} seconds=${seconds.toFixed(1)} rows_per_s=${Math.round(written / seconds)} mb=${mb(bytes)} peak_rss_mb=${mb(peakRss)} start_rss_mb=${mb(startRss)}`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
