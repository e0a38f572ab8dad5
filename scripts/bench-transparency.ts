// npm run bench:transparency [-- --cases 1000000 --requests 60 --port 3120]
// Measures the transparency portal against the production server (next build + next start) on
// PostgreSQL holding `--cases` cases (made by scripts/generate-load.ts when the count differs):
// request latency of the overview, unit and rankings pages, one request at a time on this
// machine, so latency is server time. In the same run it times the naive path the pages used to
// take — periodScorecards over the cases table for the overview's twelve months — and how long a
// new rating takes to reach the rollups.
// BENCH_DATABASE_URL picks the database, BENCH_SKIP_BUILD=1 with BENCH_DIST_DIR reuses a build.
// Its last line: BENCH transparency cases=… overview_p95_ms=… unit_p95_ms=… rankings_p95_ms=… naive_ms=… speedup=…
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import postgres from "postgres";
import { numberOption, percentile, run, waitForServer } from "./bench-support";

const CASES = numberOption("cases", 1_000_000);
const REQUESTS = numberOption("requests", 60);
const PORT = numberOption("port", 3120);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/answerable_load";
const BASE = `http://localhost:${PORT}`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: process.env.BENCH_DIST_DIR ?? ".next-bench-transparency",
  AUTH_SECRET: "bench-secret-not-for-production-0123456789",
  LOG_LEVEL: "warn",
  RATE_LIMITS_DISABLED: "true",
  PORT: String(PORT),
};

/** Latencies of GETs to the paths in turn, one at a time; every answer must be a 200 page. */
async function measure(paths: string[], count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const path = paths[i % paths.length] ?? "/";
    const t0 = performance.now();
    const response = await fetch(`${BASE}${path}`);
    const body = await response.text();
    latencies.push(performance.now() - t0);
    if (response.status !== 200 || !body.includes("</html>")) throw new Error(`${path} answered ${response.status}`);
  }
  return latencies.sort((a, b) => a - b);
}

async function ensureLoad(sql: postgres.Sql): Promise<number> {
  const count = async () => {
    try {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from cases`;
      return row?.n ?? 0;
    } catch {
      return 0; // no schema yet
    }
  };
  if ((await count()) !== CASES) run(env, "npx", ["tsx", "scripts/generate-load.ts", "--cases", String(CASES)]);
  return count();
}

/** The naive path, in this process: the cases of the overview's twelve months aggregated by periodScorecards. */
async function naiveMilliseconds(): Promise<number> {
  process.env.DATABASE_URL = DATABASE_URL;
  const { getDb, closeDb } = await import("@/db/client");
  const { loadCalendar } = await import("@/lib/services/calendar/load-calendar");
  const { periodScorecards } = await import("@/lib/services/metrics/unit-scorecard");
  const { monthsUpToNow } = await import("@/lib/services/portal/periods");
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const months = monthsUpToNow(calendar, new Date(), 12);
  const from = calendar.startOfLocalDay(months[0]?.startDate ?? "");
  const to = calendar.startOfLocalDay(months[months.length - 1]?.endDate ?? "");
  const timings: number[] = [];
  // The median of three runs; one when a run takes over ten seconds (it is the slow side anyway).
  for (let i = 0; i < 3 && !(timings[0] !== undefined && timings[0] > 10_000); i++) {
    const t0 = performance.now();
    await periodScorecards(db, { month: "trailing-12", from, to }, { minimumSample: 10 });
    timings.push(performance.now() - t0);
  }
  await closeDb();
  return timings.sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;
}

/** Seconds from a new rating (through the trigger) until the server's refresher has folded it into the rollups. */
async function freshnessSeconds(sql: postgres.Sql): Promise<number> {
  const [target] = await sql<{ id: number; lead_unit_id: number }[]>`
    select id, lead_unit_id from cases c where replied_at > now() - interval '20 days' and lead_unit_id is not null
      and not exists (select 1 from case_feedback f where f.case_id = c.id) order by replied_at desc limit 1`;
  if (!target) return Number.NaN;
  const t0 = Date.now();
  await sql`insert into case_feedback (case_id, round, contacted, solved, satisfaction, unit_id) values (${target.id}, 0, true, true, 'satisfied', ${target.lead_unit_id})`;
  let seconds = Number.NaN;
  while (Date.now() - t0 < 90_000) {
    const [state] = await sql<{ pending: number; fresh: boolean }[]>`
      select (select count(*)::int from portal_rollup_changes) as pending, refreshed_at > ${new Date(t0).toISOString()}::timestamptz as fresh from portal_rollup_state`;
    if (state?.pending === 0 && state.fresh) {
      seconds = (Date.now() - t0) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await sql`delete from case_feedback where case_id = ${target.id} and round = 0`;
  return seconds;
}

async function main() {
  const sql = postgres(DATABASE_URL, { max: 2, onnotice: () => undefined });
  const cases = await ensureLoad(sql);
  console.log(`bench:transparency — ${cases} cases, ${REQUESTS} requests per page kind, port ${PORT}`);
  if (!process.env.BENCH_SKIP_BUILD) run(env, "npx", ["next", "build"]);
  const units = await sql<{ code: string }[]>`select code from units where active order by id`;

  if (
    await fetch(`${BASE}/api/health`)
      .then(() => true)
      .catch(() => false)
  )
    throw new Error(`port ${PORT} is already in use`);
  const server: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts", "--demo"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
    detached: true,
  });
  try {
    await waitForServer(`${BASE}/api/health`, 120_000);
    const unitPaths = units.map((unit) => `/transparency/units/${unit.code}`);
    const rankingPaths = ["lastMonth", "month", "quarter", "year"].map(
      (period) => `/transparency/rankings?period=${period}`,
    );
    // Warm up every route (compilation caches, connection pool, calendar and settings caches).
    await measure(["/transparency", ...unitPaths.slice(0, 5), ...rankingPaths], 20);
    const overview = await measure(["/transparency"], REQUESTS);
    const unit = await measure(unitPaths, REQUESTS);
    const rankings = await measure(rankingPaths, REQUESTS);
    const fresh = await freshnessSeconds(sql);
    const naive = await naiveMilliseconds();
    const overviewP95 = percentile(overview, 95);
    console.log(
      `overview p50 ${percentile(overview, 50).toFixed(1)} ms, unit p50 ${percentile(unit, 50).toFixed(1)} ms, rankings p50 ${percentile(rankings, 50).toFixed(1)} ms`,
    );
    console.log(`a new rating reached the rollups in ${fresh.toFixed(1)} s`);
    console.log(
      `BENCH transparency cases=${cases} overview_p95_ms=${overviewP95.toFixed(1)} unit_p95_ms=${percentile(unit, 95).toFixed(1)} rankings_p95_ms=${percentile(rankings, 95).toFixed(1)} naive_ms=${naive.toFixed(0)} speedup=${(naive / overviewP95).toFixed(1)}`,
    );
  } finally {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      server.kill("SIGTERM"); // the group is gone already; stop the child itself
    }
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
