// npm run bench:signatures [-- --seconds 60 --signers 32 --readers 8 --workers 2]
// A petition goes viral: for 60 s many simulated client addresses sign it through the running
// production server on PostgreSQL (POST /api/v1/petitions/<id>/signatures, the client address
// in the trusted proxy header, rate limits ON), while other clients read the petition page.
// Then every signer confirms through the confirm endpoint with the token from their mail, the
// batch job catches up, and the script checks that nothing acknowledged was lost and that the
// published count equals the confirmed rows.
// Its last line: BENCH signatures sign_per_s=… sign_p99_ms=… page_per_s=… acked=… stored=… lost=… count_ok=…
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import postgres from "postgres";
import { freshDatabase, httpRequest, numberOption, percentile, run, waitForServer } from "./bench-support";

const SECONDS = numberOption("seconds", 60);
const SIGNERS = numberOption("signers", 32);
const READERS = numberOption("readers", 8);
const PORT = numberOption("port", 3310);
const ADDRESSES = numberOption("addresses", 50_000);
// The production server's worker processes (scripts/serve.ts): one per core unless --workers says.
const WORKERS = process.argv.includes("--workers") ? String(numberOption("workers", 1)) : "auto";
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = "answerable_bench_signatures";
const DATABASE_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);
const BASE = `http://localhost:${PORT}`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-bench",
  AUTH_SECRET: "bench-secret-not-for-production-0123456789",
  LOG_LEVEL: "warn",
  SEED_CASES: "300",
  APP_URL: BASE,
  // The load generator is the load balancer: its X-Forwarded-For carries the simulated addresses.
  TRUSTED_PROXIES: "127.0.0.1, ::1",
  PORT: String(PORT),
  WEB_CONCURRENCY: WORKERS,
};
delete env.RATE_LIMITS_DISABLED;

/** A stable pseudo-random address for signer i: many signers share some addresses, as in life. */
function addressOf(i: number): string {
  const n = (i * 2_654_435_761) % ADDRESSES;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

async function openPetition(sql: postgres.Sql): Promise<number> {
  const [creator] = await sql<{ id: string }[]>`select id from users where role = 'citizen' order by email limit 1`;
  const [unit] = await sql<{ id: number }[]>`select id from units where active order by id limit 1`;
  const [category] = await sql<{ id: number }[]>`select id from categories where active order by id limit 1`;
  if (!creator || !unit || !category) throw new Error("the seed has no citizen, unit or category");
  const [petition] = await sql<{ id: number }[]>`
    insert into petitions (status, title, action, category_id, creator_user_id, share_token, supporters_required, opened_at, closes_at, responsible_unit_id)
    values ('open', 'Keep the riverside library open on Sundays', 'Open the riverside library on Sundays again.', ${category.id}, ${creator.id}, 'bench-share-token', 5,
            now(), now() + interval '6 months', ${unit.id})
    returning id`;
  return petition!.id;
}

async function main() {
  console.log(
    `bench:signatures — ${SIGNERS} signing and ${READERS} reading clients for ${SECONDS} s against PostgreSQL (${DB_NAME})`,
  );
  await freshDatabase(env, ADMIN_URL, DB_NAME);
  if (!process.env.BENCH_SKIP_BUILD) run(env, "npx", ["next", "build"]);
  const sql = postgres(DATABASE_URL, { max: 4, onnotice: () => undefined });
  const petitionId = await openPetition(sql);
  const districts = (await sql<{ code: string }[]>`select code from districts order by id`).map((d) => d.code);

  const server: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts", "--demo"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
    detached: true,
  });
  const sign = (i: number) =>
    httpRequest(`${BASE}/api/v1/petitions/${petitionId}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": addressOf(i) },
      body: JSON.stringify({
        name: `Signer ${i}`,
        email: `bench.signer${i}@example.org`,
        districtCode: districts[i % districts.length],
        consent: true,
        notify: i % 3 === 0,
      }),
    });
  // A reader is a browser: it takes compressed HTML.
  const readPage = () =>
    httpRequest(`${BASE}/petitions/${petitionId}`, {
      headers: { accept: "text/html", "accept-encoding": "gzip, deflate, br" },
    });
  try {
    await waitForServer(`${BASE}/api/health`);
    // Warm up both routes before measuring (these signers are part of the run's totals).
    const acked = new Set<number>();
    for (let i = 0; i < 20; i++) {
      if ((await sign(i)).status === 202) acked.add(i);
      await readPage();
    }

    const signLatencies: number[] = [];
    const pageLatencies: number[] = [];
    let signErrors = 0;
    let pageErrors = 0;
    let next = 20;
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();
    const signer = async () => {
      while (Date.now() < deadline) {
        // One request in fifty repeats an earlier signer: a duplicate must be a silent success.
        const i = next % 50 === 49 ? Math.floor(next++ / 2) : next++;
        const t0 = performance.now();
        try {
          const response = await sign(i);
          if (response.status === 202) {
            signLatencies.push(performance.now() - t0);
            acked.add(i);
          } else signErrors += 1;
        } catch {
          signErrors += 1;
        }
      }
    };
    const reader = async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          const response = await readPage();
          if (response.status === 200) pageLatencies.push(performance.now() - t0);
          else pageErrors += 1;
        } catch {
          pageErrors += 1;
        }
      }
    };
    await Promise.all([...Array.from({ length: SIGNERS }, signer), ...Array.from({ length: READERS }, reader)]);
    const elapsed = (Date.now() - started) / 1000;
    signLatencies.sort((a, b) => a - b);
    pageLatencies.sort((a, b) => a - b);
    const signPerSecond = signLatencies.length / elapsed;
    const pagePerSecond = pageLatencies.length / elapsed;
    console.log(
      `signing: ${signLatencies.length} acknowledged in ${elapsed.toFixed(1)} s, p50 ${percentile(signLatencies, 50).toFixed(1)} ms, p99 ${percentile(signLatencies, 99).toFixed(1)} ms, ${signErrors} errors`,
    );
    console.log(
      `page: ${pageLatencies.length} reads, p50 ${percentile(pageLatencies, 50).toFixed(1)} ms, p99 ${percentile(pageLatencies, 99).toFixed(1)} ms, ${pageErrors} errors`,
    );

    // Nothing acknowledged may be missing: every acked signer has a row (pending, or fraudulent
    // when over its address's limits).
    const rows = await sql<
      { email: string; status: string }[]
    >`select email, status::text from petition_signatures where petition_id = ${petitionId}`;
    const storedEmails = new Set(rows.map((row) => row.email));
    const lost = [...acked].filter((i) => !storedEmails.has(`bench.signer${i}@example.org`)).length;
    const byStatus = rows.reduce<Record<string, number>>(
      (tally, row) => ({ ...tally, [row.status]: (tally[row.status] ?? 0) + 1 }),
      {},
    );
    console.log(`stored ${rows.length} signatures: ${JSON.stringify(byStatus)}`);

    // Every signer confirms with the token from their mail, through the server (a mail the
    // development transport has delivered keeps its text in dev_mailbox only).
    const mails = await sql<
      { body: string }[]
    >`select coalesce(o.body, d.body) as body from mail_outbox o left join dev_mailbox d on d.outbox_id = o.id
      where o.to_address like 'bench.signer%@example.org'`;
    // The bilingual mail carries the link twice.
    const tokens = [
      ...new Set(
        mails.flatMap((mail) =>
          [...mail.body.matchAll(/\/petitions\/\d+\/confirm\/([A-Za-z0-9_-]+)/g)].map((match) => match[1] as string),
        ),
      ),
    ];
    let confirmIndex = 0;
    let confirmErrors = 0;
    const confirmStarted = Date.now();
    await Promise.all(
      Array.from({ length: SIGNERS }, async () => {
        while (confirmIndex < tokens.length) {
          const token = tokens[confirmIndex++];
          const response = await httpRequest(`${BASE}/api/v1/petitions/${petitionId}/signatures/confirm`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": "10.255.0.1" },
            body: JSON.stringify({ token }),
          });
          if (response.status >= 300) confirmErrors += 1;
        }
      }),
    );
    console.log(
      `confirmed ${tokens.length - confirmErrors} of ${tokens.length} mailed links in ${((Date.now() - confirmStarted) / 1000).toFixed(1)} s (${confirmErrors} errors)`,
    );

    // The batch job publishes the count within a few seconds.
    const countDeadline = Date.now() + 60_000;
    let count = -1;
    let confirmed = -2;
    while (Date.now() < countDeadline) {
      const [row] = await sql<{ count: number; confirmed: number }[]>`
        select p.signature_count as count,
               (select count(*)::int from petition_signatures s where s.petition_id = p.id and s.status = 'validated') as confirmed
        from petitions p where p.id = ${petitionId}`;
      count = row?.count ?? -1;
      confirmed = row?.confirmed ?? -2;
      if (count === confirmed) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const [tallies] = await sql<
      { total: number }[]
    >`select coalesce(sum(signature_count), 0)::int as total from petition_district_counts where petition_id = ${petitionId}`;
    const countOk = count === confirmed && tallies?.total === confirmed;
    console.log(`published count ${count}, confirmed rows ${confirmed}, district tallies ${tallies?.total}`);
    console.log(
      `BENCH signatures sign_per_s=${signPerSecond.toFixed(1)} sign_p99_ms=${percentile(signLatencies, 99).toFixed(1)} page_per_s=${pagePerSecond.toFixed(1)} acked=${acked.size} stored=${rows.length} lost=${lost} count_ok=${countOk}`,
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
