// npm run bench:intake [-- --seconds 30 --clients 20]
// Files cases through the running production server on PostgreSQL (POST /api/v1/cases) with
// concurrent clients, then inserts the same rows straight into PostgreSQL as a baseline.
// Its last line: BENCH intake cases_per_s=… p50_ms=… p99_ms=… baseline_per_s=… ratio=… errors=…
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import postgres from "postgres";
import { freshDatabase, numberOption, percentile, run, waitForServer } from "./bench-support";

const SECONDS = numberOption("seconds", 30);
const CLIENTS = numberOption("clients", 20);
const PORT = numberOption("port", 3300);
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = "answerable_bench";
const DATABASE_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-bench",
  AUTH_SECRET: "bench-secret-not-for-production-0123456789",
  LOG_LEVEL: "warn",
  SEED_CASES: "300",
  // One machine plays every client: per-address limits would measure themselves.
  RATE_LIMITS_DISABLED: "true",
  PORT: String(PORT),
};

interface Payload {
  type: string;
  categoryId: number;
  districtId: number;
  title: string;
  description: string;
  name: string;
  phone: string;
  mayPublish: boolean;
  anonymous: boolean;
  idempotencyKey: string;
}

async function main() {
  console.log(`bench:intake — ${CLIENTS} clients for ${SECONDS} s against PostgreSQL (${DB_NAME})`);
  await freshDatabase(env, ADMIN_URL, DB_NAME);
  if (!process.env.BENCH_SKIP_BUILD) run(env, "npx", ["next", "build"]);
  const sql = postgres(DATABASE_URL, { max: CLIENTS, onnotice: () => undefined });
  const categories = await sql<{ id: number }[]>`select id from categories where active order by id`;
  const districts = await sql<{ id: number }[]>`select id from districts order by id`;
  const payload = (i: number): Payload => ({
    type: "complaint",
    categoryId: categories[i % categories.length]!.id,
    districtId: districts[i % districts.length]!.id,
    title: `Benchmark complaint ${i}`,
    description: "Street lights on the whole block have been out for three nights; please repair them.",
    name: "Bench Citizen",
    phone: "13800138000",
    mayPublish: false,
    anonymous: false,
    idempotencyKey: randomUUID(),
  });

  const server: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts", "--demo"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
    detached: true,
  });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  try {
    await waitForServer(`http://localhost:${PORT}/api/health`);
    // Warm up the route before measuring.
    for (let i = 0; i < 10; i++)
      await fetch(`http://localhost:${PORT}/api/v1/cases`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload(i)),
      });
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < deadline) {
          const i = sent++;
          const t0 = performance.now();
          try {
            const response = await fetch(`http://localhost:${PORT}/api/v1/cases`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify(payload(i)),
            });
            await response.arrayBuffer();
            if (response.status === 201) latencies.push(performance.now() - t0);
            else errors += 1;
          } catch {
            errors += 1;
          }
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const casesPerSecond = latencies.length / elapsed;
    latencies.sort((a, b) => a - b);

    // Baseline: the same rows (case, contact, submit event) inserted directly, same concurrency.
    const baselineRows = Math.max(500, latencies.length);
    let next = 0;
    const baseStart = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < baselineRows) {
          const i = next++;
          const p = payload(i);
          await sql.begin(async (tx) => {
            const [row] = await tx<{ id: number }[]>`
              insert into cases (reference, reference_year, reference_sequence, tracking_code_hash, idempotency_key, type, channel, category_id, district_id, title, description)
              values (${`BASE-${i}`}, 1999, ${i + 1}, ${createHash("sha256").update(p.idempotencyKey).digest("hex")}, ${p.idempotencyKey}, 'complaint', 'api', ${p.categoryId}, ${p.districtId}, ${p.title}, ${p.description})
              returning id`;
            await tx`insert into case_contacts (case_id, name, phone) values (${row!.id}, ${p.name}, ${p.phone})`;
            await tx`insert into case_events (case_id, event, to_status, actor_role, is_public, hash) values (${row!.id}, 'submit', 'submitted', 'citizen', true, ${createHash("sha256").update(String(i)).digest("hex")})`;
          });
        }
      }),
    );
    const baselinePerSecond = baselineRows / ((Date.now() - baseStart) / 1000);
    const [counted] = await sql<
      { stored: number }[]
    >`select count(*)::int as stored from cases where channel = 'api' and reference not like 'BASE-%'`;
    const stored = counted?.stored ?? 0;
    console.log(
      `filed ${latencies.length} cases in ${elapsed.toFixed(1)} s (${stored} rows with channel api in the database), ${errors} errors`,
    );
    console.log(
      `BENCH intake cases_per_s=${casesPerSecond.toFixed(1)} p50_ms=${percentile(latencies, 50).toFixed(1)} p99_ms=${percentile(latencies, 99).toFixed(1)} baseline_per_s=${baselinePerSecond.toFixed(1)} ratio=${(casesPerSecond / baselinePerSecond).toFixed(2)} errors=${errors}`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
