// Fault tests over HTTP (issue 13; docs/jobs.md#when-a-part-is-down), on PostgreSQL, with the
// suite's build but processes and a PostgreSQL cluster of their own (e2e/fault-servers.ts):
//  - PostgreSQL restarts while cases are filed and petitions signed: every 2xx is in the
//    database exactly once, the failures are quick 503s, and the server recovers by itself;
//  - two web servers and two workers on one database: a cron job runs once per slot, and a
//    rate limit used up on server A is used up on server B.
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import {
  type AppProcess,
  type Cluster,
  faultTestsUnavailable,
  setUpDatabase,
  startCluster,
  startWebServer,
  startWorker,
} from "./fault-servers";

const unavailable = faultTestsUnavailable();
test.skip(unavailable !== null, unavailable ?? "");
test.describe.configure({ mode: "serial" });

// Beside the suite's own server (E2E_PORT) and its PostgreSQL, on ports of their own.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const CLUSTER_PORT = BASE_PORT + 2300;
let cluster: Cluster;
const processes: AppProcess[] = [];

test.beforeAll(() => {
  cluster = startCluster(CLUSTER_PORT);
});
test.afterAll(async () => {
  for (const p of processes) await p.stop();
  cluster?.destroy();
});

interface Outcome {
  kind: "case" | "signature";
  key: string;
  status: number;
  ms: number;
  at: number;
  /** Why there was no answer (status 0). */
  failure?: string;
}

test("a PostgreSQL restart under load: every 2xx is stored once, failures are quick 503s, the server recovers", async () => {
  test.setTimeout(300_000);
  const url = await cluster.createDatabase("restart");
  setUpDatabase(url);
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [category] = await sql`select id from categories where active order by id limit 1`;
    const [district] = await sql`select id, code from districts order by id limit 1`;
    const [petition] = await sql`select id from petitions where status = 'open' order by id limit 1`;
    expect(category && district && petition).toBeTruthy();

    const port = BASE_PORT;
    processes.push(await startWebServer(url, port, { RATE_LIMITS_DISABLED: "true", WORKER: "off" }));
    const base = `http://127.0.0.1:${port}`;
    const outcomes: Outcome[] = [];
    let n = 0;
    const one = async (): Promise<void> => {
      const i = n++;
      const kind = i % 2 === 0 ? "case" : "signature";
      const key = kind === "case" ? `fault-restart-${String(i).padStart(8, "0")}` : `fault.signer.${i}@example.org`;
      const body =
        kind === "case"
          ? {
              type: "complaint",
              categoryId: category!.id,
              districtId: district!.id,
              title: `Streetlight out ${i}`,
              description: "The streetlight outside number 5 has been out for a week.",
              anonymous: true,
              idempotencyKey: key,
            }
          : { name: `Signer ${i}`, email: key, districtCode: district!.code, consent: true, notify: false };
      const path = kind === "case" ? "/api/v1/cases" : `/api/v1/petitions/${petition!.id}/signatures`;
      const started = Date.now();
      let status = 0;
      let failure: string | undefined;
      try {
        const response = await fetch(base + path, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch (error) {
        // No answer within 15 s (a hang) or the connection dropped.
        failure =
          error instanceof Error
            ? `${error.name}: ${String((error.cause as Error | undefined)?.message ?? error.message)}`
            : "?";
      }
      outcomes.push({ kind, key, status, ms: Date.now() - started, at: started, failure });
    };
    let running = true;
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) await one();
      }),
    );

    await expect.poll(() => outcomes.filter((o) => o.status >= 200 && o.status < 300).length).toBeGreaterThan(20);
    cluster.stop();
    const downAt = Date.now();
    await expect.poll(() => outcomes.filter((o) => o.at > downAt && o.status === 503).length).toBeGreaterThan(3);
    // Down for a few seconds, as a restart with a checkpoint or a failover would be.
    await expect.poll(() => Date.now() - downAt).toBeGreaterThan(3_000);
    cluster.start();
    const upAt = Date.now();
    // The server reconnects by itself: a request succeeds within 10 s of PostgreSQL being back.
    await expect
      .poll(() => outcomes.some((o) => o.at > upAt && o.status >= 200 && o.status < 300), { timeout: 10_000 })
      .toBe(true);
    const firstSuccess = Math.min(...outcomes.filter((o) => o.at > upAt && o.status < 300).map((o) => o.at + o.ms));
    expect(firstSuccess - upAt).toBeLessThan(10_000);
    await expect.poll(() => outcomes.filter((o) => o.at > upAt && o.status < 300).length).toBeGreaterThan(20);
    running = false;
    await load;

    // Only successes and clear 503s; no hang, no 500.
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort();
    const odd = outcomes.filter((o) => !((o.status >= 200 && o.status < 300) || o.status === 503));
    expect(
      odd.map((o) => ({ ...o, since: o.at - downAt })),
      `statuses ${statuses}`,
    ).toEqual([]);
    const failures = outcomes.filter((o) => o.status === 503);
    console.log(
      `restart: ${outcomes.length} requests, ${failures.length} answered 503 (slowest ${Math.max(...failures.map((o) => o.ms))} ms), ` +
        `503 ms: ${failures.map((o) => `${o.ms}@${o.at - downAt}`).join(" ")}; back up after ${upAt - downAt} ms`,
    );
    // Not a hang: refused at once, or after the driver's connect timeout (3 s) per attempt.
    expect(Math.max(...failures.map((o) => o.ms))).toBeLessThan(12_000);

    // Every 2xx is in the database exactly once.
    const cases = outcomes.filter((o) => o.kind === "case" && o.status < 300).map((o) => o.key);
    const signers = outcomes.filter((o) => o.kind === "signature" && o.status < 300).map((o) => o.key);
    const storedCases = await sql`
      select idempotency_key as key, count(*)::int as n from cases
      where idempotency_key = any(${cases}) group by idempotency_key`;
    expect(storedCases.length).toBe(cases.length);
    expect(storedCases.every((row) => row.n === 1)).toBe(true);
    const storedSigners = await sql`
      select email, count(*)::int as n from petition_signatures
      where petition_id = ${petition!.id} and email = any(${signers}) group by email`;
    expect(storedSigners.length).toBe(signers.length);
    expect(storedSigners.every((row) => row.n === 1)).toBe(true);
    // Health says so while it lasts; it is back now.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  } finally {
    await sql.end();
    for (const p of processes.splice(0)) await p.stop();
  }
});

test("two web servers and two workers on one database: one run per cron slot, one shared rate limit", async () => {
  test.setTimeout(360_000);
  const url = await cluster.createDatabase("several");
  setUpDatabase(url);
  const [a, b] = [BASE_PORT + 1, BASE_PORT + 2];
  processes.push(
    ...(await Promise.all([startWebServer(url, a, { WORKER: "off" }), startWebServer(url, b, { WORKER: "off" })])),
    startWorker(url),
    startWorker(url),
  );
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    // The open-data limit (5 at once, one more every 10 s) is per client address, across servers:
    // used up alternately on A and B, the next download is refused on both.
    const download = (port: number) =>
      fetch(`http://127.0.0.1:${port}/api/open-data/cases.csv?by=created`).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    const used = [];
    for (let i = 0; i < 5; i++) used.push(await download(i % 2 === 0 ? a : b));
    expect(used).toEqual([200, 200, 200, 200, 200]);
    expect(await download(b)).toBe(429);
    expect(await download(a)).toBe(429);

    // The cron jobs of every minute, with two workers keeping the clock: one run per slot. (Were
    // the slot not shared, each worker would send its own and the first slot would count two.)
    const runs = async () =>
      sql`select name, date_trunc('minute', created_on) as slot, count(*)::int as n from pgboss.job
          where name in ('cases.close-unrated', 'petitions.sweep') group by 1, 2 order by 1, 2`;
    await expect
      .poll(async () => new Set((await runs()).map((r) => r.name)).size, { timeout: 200_000, intervals: [2_000] })
      .toBe(2);
    const slots = await runs();
    expect(
      slots.every((slot) => slot.n === 1),
      JSON.stringify(slots),
    ).toBe(true);
  } finally {
    await sql.end();
    for (const p of processes.splice(0)) await p.stop();
  }
});
