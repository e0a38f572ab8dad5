"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { type ImportReport, dryRun } from "@/lib/services/admin/bulk-import";
import { startImportJob } from "@/lib/services/admin/start-import-job";
import { AppError } from "@/lib/errors";
import { errorForLog, log } from "@/lib/log";
import { queueJob } from "@/lib/jobs/queue";
import { IMPORT_MAX_CHARS, importFormSchema } from "@/lib/validation/admin-import";
import { type Translate, describeProblems } from "./problem-messages";

/** What the form shows after a check or a refused import, already translated (the form is a client component). */
export interface ImportOutcome {
  heading: string;
  problems: { line: number; lineLabel: string; field: string; message: string }[];
  counts: { rows: number; created: number; updated: number; unchanged: number };
  blocked: string | null;
}

export interface ImportState extends ActionState {
  outcome?: ImportOutcome;
}

function describe(t: Translate, result: ImportReport, mode: "check" | "import"): ImportOutcome {
  const counts = {
    rows: result.rows,
    created: result.wouldCreate,
    updated: result.wouldUpdate,
    unchanged: result.unchanged,
  };
  const heading =
    result.problems.length > 0
      ? t("adminImport.problemsTitle", { count: result.problems.length })
      : t("adminImport.checkedTitle", counts);
  return {
    heading,
    problems: describeProblems(t, result.problems),
    counts,
    blocked: mode === "import" ? t("adminImport.blocked") : null,
  };
}

/** Pasted text, or the uploaded file when one was chosen (the file wins). */
async function csvText(file: File | undefined, pasted: string): Promise<string> {
  if (!file || file.size === 0) return pasted;
  if (file.size > IMPORT_MAX_CHARS * 4) return "x".repeat(IMPORT_MAX_CHARS + 1);
  return file.text();
}

const importSchema = z.object({
  kind: importFormSchema.shape.kind,
  mode: importFormSchema.shape.mode,
  text: z.string().default(""),
  file: z.array(z.instanceof(File)).default([]),
});

/**
 * "Check" is a dry run that changes nothing. "Import" checks the file the same way; a file with
 * problems is refused whole (listed line by line), a clean one becomes an import job that a worker
 * applies in chunks (lib/jobs), and the browser goes to the job's page, which shows its progress.
 * The text checked comes back in the form (an uploaded file's too), so "Import" after "Check"
 * sends what was checked.
 */
export const importCsvAction = formAction({
  audience: "admin.manage",
  schema: importSchema,
  files: ["file"],
  errors: "adminImport.errors",
  act: async ({ kind, mode, text, file }, actor, ctx) => {
    const csv = importFormSchema.shape.text.safeParse(await csvText(file[0], text));
    if (!csv.success)
      throw new AppError("validation", "csv text", { text: csv.error.issues.map((issue) => issue.message) });
    const input = { kind, text: csv.data };
    if (mode === "check") return { kind: "report" as const, text: csv.data, report: await dryRun(input, actor, ctx) };
    const job = await startImportJob(input, actor, ctx);
    if (!job.started) return { kind: "report" as const, text: csv.data, report: job.report };
    // A worker applies the rows chunk by chunk (surviving a restart) while the job page shows the
    // progress. The job row holds the file: if the queue cannot be reached now, "imports.resume"
    // queues it again within a minute.
    await queueJob("imports.run", { importJobId: job.jobId }, { singletonKey: String(job.jobId) }).catch(
      (error: unknown) => log.error({ jobId: job.jobId, err: errorForLog(error) }, "import not queued"),
    );
    return { kind: "started" as const, jobId: job.jobId };
  },
  done: (result) => (result.kind === "started" ? `/admin/import/jobs/${result.jobId}` : null),
  respond: async (result, input, values): Promise<ImportState> => {
    if (result.kind !== "report") return { values };
    const t = (await getTranslations()) as unknown as Translate;
    return { values: { ...values, text: result.text }, outcome: describe(t, result.report, input.mode) };
  },
});
