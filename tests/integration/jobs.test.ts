import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, rowsOf } from "@/db/client";
import { adminAuditLog, importJobs, units } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { JOB_NAMES, type JobName, runJobNow } from "@/lib/jobs/registry";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogue";
import { queueJob, startJobWorker, stopJobQueue, useJobQueueConnection } from "@/lib/jobs/queue";
import { loadImportJob, orphanedImportJobs, runImportJob } from "@/lib/services/admin/import-job";
import { startImportJob } from "@/lib/services/admin/start-import-job";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

const SEEDED_AT = new Date("2026-11-26T08:00:00Z");
// Weeks later: feedback windows have passed, periods have finished, petitions have expired.
const LATER = new Date("2027-01-20T04:00:00Z");

/** Every table of the app's schema, row by row: equal fingerprints, equal databases. */
async function fingerprint(connection: Connection): Promise<Record<string, string>> {
  const tables = await connection.db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const rows = rowsOf<{ name: string }>(tables);
  const result: Record<string, string> = {};
  for (const { name } of rows) {
    const found = await connection.db.execute<{ digest: string | null }>(
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`),
    );
    const list = rowsOf<{ digest: string }>(found);
    result[name] = list[0]?.digest ?? "";
  }
  return result;
}

const UNIT_FILE = [
  "code,name_zh,name_en,class,parent_code,district_code",
  "res-a,甲,Resume A,city_bureau,city,",
  "res-b,乙,Resume B,street_office,res-a,",
  "res-c,丙,Resume C,street_office,res-a,",
  "res-d,丁,Resume D,street_office,res-a,",
  "res-e,戊,Resume E,street_office,res-b,",
].join("\n");

describe.each(TEST_TARGETS)("background jobs on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let admin: Actor;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 40, now: SEEDED_AT }));
    ctx = await serviceContext({ db: connection.db, now: LATER });
    admin = await sessionActor(connection.db, "admin@answerable.local");
  }, 300_000);
  afterAll(async () => {
    await stopJobQueue();
    useJobQueueConnection(undefined);
    await connection?.close();
  });

  const periodic = JOB_NAMES.filter((name) => name !== "imports.run" && name !== "imports.resume");

  it.each(periodic)("%s is idempotent: run twice, its effect happens once", async (name: JobName) => {
    const first = await runJobNow(name, { ctx });
    // Not the idempotency of a no-op: the seeded cases' feedback windows have passed.
    if (name === "cases.close-unrated") expect(first.summary?.closed).toBeGreaterThan(0);
    // …and weeks later some seeded cases are past their deadlines: cards are issued, once.
    if (name === "supervision.cards") expect(first.summary?.issued).toBeGreaterThan(0);
    const once = await fingerprint(connection);
    await runJobNow(name, { ctx });
    expect(await fingerprint(connection)).toEqual(once);
  });

  it("an import interrupted after chunk k resumes at chunk k + 1; the result equals an uninterrupted import", async () => {
    const started = await startImportJob({ kind: "units", text: UNIT_FILE, chunkRows: 1 }, admin, ctx);
    if (!started.started) throw new Error("not started");
    const id = started.jobId;
    // The worker "dies" after chunk 2 has committed: the run never returns.
    const hung = new Promise<never>(() => undefined);
    void runImportJob(id, ctx, { onProgress: (processed) => (processed >= 2 ? hung : undefined) });
    await expect.poll(async () => (await loadImportJob(connection.db, id))?.processed, { timeout: 20_000 }).toBe(2);
    expect(await loadImportJob(connection.db, id)).toMatchObject({ status: "running", processed: 2 });
    // A live worker's import is not taken over…
    expect(await orphanedImportJobs(connection.db)).not.toContain(id);
    expect(await runJobNow("imports.run", { ctx, data: { importJobId: id } }).catch((e: Error) => e.message)).toBe(
      "import busy on another worker",
    );
    // …a lost one (its heartbeat old) is queued again and resumed after chunk 2.
    await connection.db
      .update(importJobs)
      .set({ heartbeatAt: sql`now() - interval '5 minutes'` })
      .where(eq(importJobs.id, id));
    const resumed = await runJobNow("imports.resume", { ctx });
    expect(resumed.queue).toEqual([{ name: "imports.run", data: { importJobId: id }, singletonKey: String(id) }]);
    await runJobNow("imports.run", { ctx, data: { importJobId: id } });

    const job = await loadImportJob(connection.db, id);
    expect(job).toMatchObject({ status: "done", processed: 5, total: 5, created: 5, updated: 0, failure: null });
    expect(job?.source).toBeNull();
    // Every row exactly once, each chunk audited once (one row per chunk): as an uninterrupted import.
    const imported = await connection.db.select().from(units).where(like(units.code, "res-%"));
    expect(imported.map((u) => u.code).sort()).toEqual(["res-a", "res-b", "res-c", "res-d", "res-e"]);
    const audits = await connection.db.select().from(adminAuditLog).where(eq(adminAuditLog.action, "import.units"));
    const lines = audits.map((a) => (a.after as { lines: number[] }).lines[0]).filter((line) => line !== undefined);
    expect(lines.sort()).toEqual([2, 3, 4, 5, 6]);
    // Running it once more (a retried job) changes nothing.
    const before = await fingerprint(connection);
    expect(await runJobNow("imports.run", { ctx, data: { importJobId: id } })).toMatchObject({
      summary: { outcome: "finished-before" },
    });
    expect(await fingerprint(connection)).toEqual(before);
  }, 60_000);

  it("the queue on this database works a queued import and keeps one waiting run per job", async () => {
    useJobQueueConnection(connection);
    const file = UNIT_FILE.replaceAll("res-", "que-");
    const started = await startImportJob({ kind: "units", text: file, chunkRows: 2 }, admin, ctx);
    if (!started.started) throw new Error("not started");
    expect(
      await queueJob("imports.run", { importJobId: started.jobId }, { singletonKey: String(started.jobId) }),
    ).toBeTruthy();
    // The same import queued again while one waits: pg-boss's stately policy drops it.
    expect(
      await queueJob("imports.run", { importJobId: started.jobId }, { singletonKey: String(started.jobId) }),
    ).toBeNull();
    await startJobWorker();
    await expect
      .poll(async () => (await loadImportJob(connection.db, started.jobId))?.status, { timeout: 30_000, interval: 250 })
      .toBe("done");
    expect(await loadImportJob(connection.db, started.jobId)).toMatchObject({ processed: 5, created: 5 });
    // The self-rescheduling counter has exactly one run waiting, whatever the sends.
    await queueJob("petitions.count", {});
    await queueJob("petitions.count", {});
    const waiting = await connection.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'petitions.count' and state = 'created'`,
    );
    const n = rowsOf<{ n: number }>(waiting)[0]?.n;
    expect(n).toBe(1);
  }, 60_000);
});

describe("the job dashboard", () => {
  it.each(JOB_NAMES)("says what %s does, in both languages", (name) => {
    const key = name.replaceAll(".", "_") as keyof Messages["admin"]["jobsQueue"]["purposes"];
    for (const locale of ["en", "zh-CN"] as const)
      expect(CATALOGUES[locale].admin.jobsQueue.purposes[key]).toBeTruthy();
  });
});
