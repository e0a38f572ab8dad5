import "server-only";
import { importJobs } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ImportKind } from "@/lib/domain/admin/import-rows";
import type { ServiceContext } from "@/lib/services/context";
import { type ImportReport, dryRun } from "./bulk-import";
import { type ImportRunOutcome, runImportJob } from "./import-job";

export type StartedImport =
  /** The file has problems (or no rows): nothing was started, the report lists them. */
  | { started: false; report: ImportReport }
  /** A job row holds the file; a worker applies it (`runImportJob`), `run` does so here and now. */
  | { started: true; jobId: number; run: () => Promise<ImportRunOutcome> };

/**
 * Checks the file as the dry run does and, when it is clean, records an import job holding the
 * file, so that the work survives a restart: the caller queues it (lib/jobs, "imports.run"), and
 * a worker applies it chunk by chunk, recording progress on the row in each chunk's transaction.
 */
export async function startImportJob(
  { kind, text, chunkRows }: { kind: ImportKind; text: string; chunkRows?: number },
  actor: Actor,
  ctx: ServiceContext,
): Promise<StartedImport> {
  const report = await dryRun({ kind, text }, actor, ctx);
  if (report.rows === 0 || report.problems.length > 0) return { started: false, report };
  const [job] = await ctx.db
    .insert(importJobs)
    .values({
      kind,
      total: report.rows,
      actorUserId: actor.id,
      startedAt: ctx.now,
      source: text,
      // The mails of imported users link to where the import was started from.
      options: { chunkRows, actorEmail: actor.email, origin: ctx.appUrl },
      // What the file does, as checked; a resumed run finds its own first chunks unchanged.
      created: report.wouldCreate,
      updated: report.wouldUpdate,
      unchanged: report.unchanged,
    })
    .returning({ id: importJobs.id });
  if (!job) throw new Error("import job not created");
  return { started: true, jobId: job.id, run: () => runImportJob(job.id, ctx) };
}
