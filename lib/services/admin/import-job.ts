import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { importJobs } from "@/db/schema";
import type { ImportKind } from "@/lib/domain/admin/import-rows";
import { errorForLog, log } from "@/lib/log";
import type { ServiceContext } from "@/lib/services/context";
import { type RunImportOptions, runImport } from "./bulk-import";

export type ImportJob = typeof importJobs.$inferSelect;

/** A running import whose heartbeat is older than this has lost its worker and may be taken over. */
export const IMPORT_HEARTBEAT_STALE_SECONDS = 60;

export type ImportRunOutcome = "done" | "failed" | "finished-before" | "busy" | "missing";

/**
 * Applies (or resumes) an import job: the chunks committed by an earlier run are skipped, so a job
 * interrupted after chunk k goes on with chunk k + 1. Idempotent: a finished job is left alone, and
 * a job another worker is running (its heartbeat fresh) is not touched ("busy": try again later).
 * `overrides` are for tests (a mailer, a chunk size, a hook after each chunk); the row has the rest.
 */
export async function runImportJob(
  id: number,
  ctx: ServiceContext,
  overrides: Pick<RunImportOptions, "notify" | "chunkRows" | "onProgress"> = {},
): Promise<ImportRunOutcome> {
  const claimed = await claimImportJob(ctx.db, id);
  if (claimed === "missing" || claimed === "finished-before" || claimed === "busy") return claimed;
  const job = claimed;
  const stored = job.options ?? {};
  try {
    const result = await runImport(job.kind as ImportKind, job.source ?? "", job.actorUserId ?? "", ctx, {
      actorEmail: stored.actorEmail,
      origin: stored.origin,
      chunkRows: stored.chunkRows,
      ...overrides,
      startAt: job.processed,
      // The progress commits with the chunk: a restart resumes exactly after the last chunk.
      onChunk: async (tx, processed) => {
        await tx
          .update(importJobs)
          .set({ processed, heartbeatAt: sql`now()` })
          .where(eq(importJobs.id, id));
      },
    });
    const resumed = job.processed > 0;
    await ctx.db
      .update(importJobs)
      .set({
        status: result.applied ? "done" : "failed",
        processed: result.processed,
        // A resumed run sees its earlier chunks as unchanged: the counts checked at the start stay.
        ...(resumed ? {} : { created: result.wouldCreate, updated: result.wouldUpdate, unchanged: result.unchanged }),
        failure: result.applied ? null : result.problems,
        finishedAt: new Date(),
        source: null,
      })
      .where(eq(importJobs.id, id));
    return result.applied ? "done" : "failed";
  } catch (error) {
    log.error({ jobId: id, err: errorForLog(error) }, "import job failed");
    await ctx.db
      .update(importJobs)
      .set({
        status: "failed",
        failure: [{ line: 0, field: "", messageKey: "jobFailed" }],
        finishedAt: new Date(),
        source: null,
      })
      .where(eq(importJobs.id, id));
    return "failed";
  }
}

/** Takes the job for this run: running, and nobody else's heartbeat is fresh. */
async function claimImportJob(db: Queryable, id: number): Promise<ImportJob | "missing" | "finished-before" | "busy"> {
  const [taken] = await db
    .update(importJobs)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, "running"), heartbeatStale()))
    .returning();
  if (taken) return taken;
  const job = await loadImportJob(db, id);
  if (!job) return "missing";
  return job.status === "running" ? "busy" : "finished-before";
}

function heartbeatStale() {
  return or(
    isNull(importJobs.heartbeatAt),
    lt(importJobs.heartbeatAt, sql`now() - make_interval(secs => ${IMPORT_HEARTBEAT_STALE_SECONDS})`),
  );
}

/** Imports still running whose worker is gone (or that no worker took yet): to be queued again. */
export async function orphanedImportJobs(db: Queryable): Promise<number[]> {
  const rows = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(and(eq(importJobs.status, "running"), heartbeatStale()));
  return rows.map((r) => r.id);
}

export async function loadImportJob(db: Queryable, id: number): Promise<ImportJob | null> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return job ?? null;
}
