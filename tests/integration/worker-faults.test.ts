// Fault tests of the background work (issue 13; docs/jobs.md#a-worker-killed-with-kill--9): a real
// worker process (`scripts/worker.ts`) on PostgreSQL, killed with SIGKILL in the middle of an
// import and in the middle of a delivery round against an SMTP sink, then started again.
// PostgreSQL only: the embedded PGlite belongs to one process and cannot have a separate worker.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { eq, like, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { cases, importJobs, mailOutbox } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { CLAIM_LEASE_MS } from "@/lib/domain/notices/backoff";
import { deliverDueNotices } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { startImportJob } from "@/lib/services/admin/start-import-job";
import { serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

const postgresTarget = TEST_TARGETS.find((t) => t.name === "postgres");
const url = process.env.TEST_DATABASE_URL;

/** A worker process of its own: `node --import tsx`, one process, so SIGKILL kills the worker itself. */
function startWorker(env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error", NODE_ENV: "development", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

async function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

/** Polls `probe` until it returns a value (not undefined), or fails after `seconds`. */
async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(postgresTarget)("a worker killed with kill -9 on PostgreSQL", () => {
  let connection: Connection;
  const workers: ChildProcess[] = [];
  const worker = (env?: Record<string, string>) => {
    const child = startWorker(env);
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    connection = await migratedDatabase(postgresTarget!);
    await seedDatabase(connection.db, { cases: 0, now: new Date() });
  }, 180_000);
  afterAll(async () => {
    for (const child of workers) await stopWorker(child, "SIGKILL");
    await connection?.close();
  });

  it("finishes an import interrupted mid-way with every row exactly once", async () => {
    const rows = 400;
    const header =
      "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction";
    const lines = Array.from(
      { length: rows },
      (_, i) =>
        `FAULT-${i},2026-03-02T09:00:00+08:00,complaint,phone,street-light,dongcheng,路灯不亮 ${i},幸福路路灯不亮。,urban-mgmt,2026-03-04T10:00:00+08:00,resolved,已修复。,,2026-03-06T10:00:00+08:00,satisfied`,
    );
    const ctx = await serviceContext({ db: connection.db });
    const admin = await sessionActor(connection.db, "admin@answerable.local");
    const started = await startImportJob(
      { kind: "cases", text: [header, ...lines].join("\n"), chunkRows: 5 },
      admin,
      ctx,
    );
    if (!started.started) throw new Error(`import refused: ${JSON.stringify(started.report.problems.slice(0, 3))}`);
    const progress = async () => {
      const [job] = await connection.db.select().from(importJobs).where(eq(importJobs.id, started.jobId));
      return job!;
    };

    // The first worker finds the import (imports.resume at start) and applies some chunks.
    const first = worker();
    const atKill = await until("the import under way", 120, async () => {
      const job = await progress();
      return job.processed >= 20 ? job.processed : undefined;
    });
    await stopWorker(first, "SIGKILL");
    const afterKill = (await progress()).processed;
    expect(atKill).toBeGreaterThan(0);
    expect(afterKill, "the import must still be under way when the worker dies (make it bigger)").toBeLessThan(rows);
    expect((await progress()).status).toBe("running");

    // A new worker takes it over once the dead one's claim is stale, and resumes after its last chunk.
    const second = worker();
    const done = await until("the import to finish", 240, async () => {
      const job = await progress();
      return job.status === "running" ? undefined : job;
    });
    await stopWorker(second, "SIGTERM");
    expect(done).toMatchObject({ status: "done", processed: rows });
    const [imported] = await connection.db
      .select({
        total: sql<number>`count(*)::int`,
        distinct: sql<number>`count(distinct ${cases.idempotencyKey})::int`,
      })
      .from(cases)
      .where(like(cases.idempotencyKey, "legacy:FAULT-%"));
    expect(imported).toEqual({ total: rows, distinct: rows });
  }, 420_000);

  it("sends every notice exactly once or makes it a dead letter when a delivery round is killed", async () => {
    // An SMTP sink that takes its time (so the round is under way when the worker dies) and
    // counts every message by the Message-ID the outbox gives it.
    const received = new Map<number, number>();
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          const id = Number(/^Message-ID:\s*<outbox-(\d+)@/im.exec(raw)?.[1]);
          setTimeout(() => {
            received.set(id, (received.get(id) ?? 0) + 1);
            callback();
          }, 40);
        });
      },
    });
    sink.listen(0, "127.0.0.1");
    await once(sink.server, "listening");
    const port = (sink.server.address() as AddressInfo).port;
    try {
      const count = 300;
      await connection.db.delete(mailOutbox);
      await enqueueMail(
        connection.db,
        Array.from({ length: count }, (_, n) => ({
          to: `signer${n}@example.org`,
          subject: "Confirm",
          body: `link ${n}`,
        })),
      );
      const smtp = { SMTP_URL: `smtp://127.0.0.1:${port}` };

      const first = worker(smtp);
      await until("deliveries under way", 120, async () => (received.size >= 40 ? true : undefined));
      await stopWorker(first, "SIGKILL");
      const deliveredBeforeKill = received.size;
      expect(deliveredBeforeKill).toBeLessThan(count);

      // The next worker delivers the rest; the dead worker's claims stay claimed (unknown fate).
      const second = worker(smtp);
      const pendingRows = async () => {
        const [open] = await connection.db
          .select({
            unclaimed: sql<number>`count(*) filter (where ${mailOutbox.claimedAt} is null)::int`,
            claimed: sql<number>`count(*) filter (where ${mailOutbox.claimedAt} is not null)::int`,
          })
          .from(mailOutbox)
          .where(eq(mailOutbox.status, "pending"));
        return open!;
      };
      await until("the rest delivered", 240, async () => ((await pendingRows()).unclaimed === 0 ? true : undefined));
      // A stopped worker finishes what it holds: what stays claimed is the dead worker's.
      await stopWorker(second, "SIGTERM");
      const { claimed } = await pendingRows();
      expect(claimed).toBeLessThanOrEqual(50);

      // Once the lease is over, any round (here: one run as a worker would, later) makes them dead letters.
      const later = new Date(Date.now() + CLAIM_LEASE_MS + 1000);
      const report = await deliverDueNotices(connection.db, { mail: { send: async () => undefined } }, later);
      expect(report).toMatchObject({ interrupted: claimed, sent: 0 });

      const outcome = await connection.db
        .select({ id: mailOutbox.id, status: mailOutbox.status })
        .from(mailOutbox)
        .orderBy(mailOutbox.id);
      expect(outcome).toHaveLength(count);
      for (const row of outcome) {
        const times = received.get(row.id) ?? 0;
        if (row.status === "sent") expect(times, `notice ${row.id} is sent`).toBe(1);
        else {
          expect(row.status, `notice ${row.id}`).toBe("dead");
          expect(times, `dead letter ${row.id}`).toBeLessThanOrEqual(1);
        }
      }
      expect([...received.values()].every((times) => times === 1)).toBe(true);
      expect(outcome.filter((r) => r.status === "sent").length).toBeGreaterThanOrEqual(count - claimed);
    } finally {
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  }, 420_000);
});
