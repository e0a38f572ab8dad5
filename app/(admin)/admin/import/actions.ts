"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import { type ImportReport, dryRun } from "@/lib/services/admin/bulk-import";
import { startImportJob } from "@/lib/services/admin/import-job";
import { serviceContext } from "@/lib/services/context";
import { AppError, toPublicError } from "@/lib/errors";
import { errorForLog, log } from "@/lib/log";
import { queueJob } from "@/lib/jobs/queue";
import { IMPORT_MAX_CHARS, importFormSchema } from "@/lib/validation/admin-import";
import { requestOrigin } from "@/lib/http/request-origin";
import { type Translate, describeProblems, translateImportKey } from "./problem-messages";

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
async function csvText(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > IMPORT_MAX_CHARS * 4) return "x".repeat(IMPORT_MAX_CHARS + 1);
    return file.text();
  }
  const text = formData.get("text");
  return typeof text === "string" ? text : "";
}

/**
 * "Check" is a dry run that changes nothing. "Import" checks the file the same way; a file with
 * problems is refused whole (listed line by line), a clean one becomes an import job that a worker
 * applies in chunks (lib/jobs), and the browser goes to the job's page, which shows its progress.
 */
export async function importCsvAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  let jobId: number;
  const t = (await getTranslations()) as unknown as Translate;
  const text = await csvText(formData);
  const values: Record<string, string> = { kind: String(formData.get("kind") ?? ""), text };
  const parsed = importFormSchema.safeParse({ kind: values.kind, mode: formData.get("mode") ?? "check", text });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(translateImportKey(t, issue.message));
    return { values, fieldErrors };
  }
  try {
    const actor = await authorize("admin.manage");
    const ctx = await serviceContext({ db: await getDb() });
    const options = { actorEmail: actor.email, origin: await requestOrigin() };
    const { kind, mode } = parsed.data;
    if (mode === "check")
      return { values, outcome: describe(t, await dryRun(kind, parsed.data.text, ctx, options), mode) };
    const job = await startImportJob(kind, parsed.data.text, { userId: actor.id }, ctx, options);
    if (!job.started) return { values, outcome: describe(t, job.report, mode) };
    // A worker applies the rows chunk by chunk (surviving a restart) while the job page shows the
    // progress. The job row holds the file: if the queue cannot be reached now, "imports.resume"
    // queues it again within a minute.
    await queueJob("imports.run", { importJobId: job.jobId }, { singletonKey: String(job.jobId) }).catch(
      (error: unknown) => log.error({ jobId: job.jobId, err: errorForLog(error) }, "import not queued"),
    );
    jobId = job.jobId;
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "csv import failed");
    }
    if (error instanceof AppError && error.fieldErrors) {
      return {
        values,
        formError: Object.values(error.fieldErrors)
          .flat()
          .map((key) => translateImportKey(t, key))
          .join(" "),
      };
    }
    return { values, formError: t(failure.messageKey) };
  }
  redirect(`/admin/import/jobs/${jobId}`);
}
