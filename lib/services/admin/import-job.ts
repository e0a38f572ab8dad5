import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { importJobs } from "@/db/schema";
import type { ImportKind } from "@/lib/domain/admin/import-rows";
import { log } from "@/lib/log";
import type { ServiceContext } from "@/lib/services/context";
import { type ImportOptions, type ImportReport, dryRun, runImport } from "./bulk-import";
import type { AdminActor } from "./organisation";

export type ImportJob = typeof importJobs.$inferSelect;

export type StartedImport =
  /** The file has problems (or no rows): nothing was started, the report lists them. */
  | { started: false; report: ImportReport }
  /** A job row exists; `run` applies the file chunk by chunk, recording progress on the row. */
  | { started: true; jobId: number; run: () => Promise<void> };

/**
 * Checks the file as the dry run does and, when it is clean, records an import job and hands back
 * the work to do after the response (so the page can show live progress). Running it needs no
 * request: it uses the context given here.
 */
export async function startImportJob(
  kind: ImportKind,
  text: string,
  actor: AdminActor,
  ctx: ServiceContext,
  options: ImportOptions & { chunkRows?: number } = {},
): Promise<StartedImport> {
  const report = await dryRun(kind, text, ctx, options);
  if (report.rows === 0 || report.problems.length > 0) return { started: false, report };
  const [job] = await ctx.db
    .insert(importJobs)
    .values({ kind, total: report.rows, actorUserId: actor.userId, startedAt: ctx.now })
    .returning({ id: importJobs.id });
  if (!job) throw new Error("import job not created");
  const run = async () => {
    try {
      const result = await runImport(kind, text, actor, ctx, {
        ...options,
        onProgress: async (processed) => {
          await ctx.db.update(importJobs).set({ processed }).where(eq(importJobs.id, job.id));
        },
      });
      await ctx.db
        .update(importJobs)
        .set({
          status: result.applied ? "done" : "failed",
          processed: result.processed,
          created: result.wouldCreate,
          updated: result.wouldUpdate,
          unchanged: result.unchanged,
          failure: result.applied ? null : result.problems,
          finishedAt: new Date(),
        })
        .where(eq(importJobs.id, job.id));
    } catch (error) {
      log.error({ jobId: job.id, err: error instanceof Error ? error.message : String(error) }, "import job failed");
      await ctx.db
        .update(importJobs)
        .set({ status: "failed", failure: [{ line: 0, field: "", messageKey: "jobFailed" }], finishedAt: new Date() })
        .where(eq(importJobs.id, job.id));
    }
  };
  return { started: true, jobId: job.id, run };
}

export async function loadImportJob(db: Queryable, id: number): Promise<ImportJob | null> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return job ?? null;
}
