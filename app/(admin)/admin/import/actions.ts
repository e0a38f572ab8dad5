"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import { type ImportReport, type ImportResult, dryRun, runImport } from "@/lib/services/admin/bulk-import";
import { serviceContext } from "@/lib/services/context";
import { AppError, toPublicError } from "@/lib/errors";
import { log } from "@/lib/log";
import { IMPORT_MAX_CHARS, importFormSchema } from "@/lib/validation/admin-import";
import { requestOrigin } from "../users/form-state";

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

function translateKey(t: Translate, key: string): string {
  if (t.has(`adminImport.errors.${key}`)) return t(`adminImport.errors.${key}`);
  if (t.has(`validation.${key}`)) return t(`validation.${key}`);
  return t("validation.invalid");
}

/** What the form shows after a check or an import, already translated (the form is a client component). */
export interface ImportOutcome {
  applied: boolean;
  heading: string;
  problems: { line: number; lineLabel: string; field: string; message: string }[];
  counts: { rows: number; created: number; updated: number; unchanged: number };
  processed: number | null;
  blocked: string | null;
}

export interface ImportState extends ActionState {
  outcome?: ImportOutcome;
}

function describe(t: Translate, result: ImportReport | ImportResult, mode: "check" | "import"): ImportOutcome {
  const applied = "applied" in result && result.applied;
  const counts = { rows: result.rows, created: result.wouldCreate, updated: result.wouldUpdate, unchanged: result.unchanged };
  const heading = applied
    ? t("adminImport.imported", counts)
    : result.problems.length > 0
      ? t("adminImport.problemsTitle", { count: result.problems.length })
      : t("adminImport.checkedTitle", counts);
  return {
    applied,
    heading,
    problems: result.problems.map((p) => ({ line: p.line, lineLabel: t("adminImport.lineLabel", { line: p.line }), field: p.field, message: translateKey(t, p.messageKey) })),
    counts,
    processed: applied && "processed" in result ? result.processed : null,
    blocked: mode === "import" && !applied ? t("adminImport.blocked") : null,
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
 * "Check" is a dry run that changes nothing; "Import" applies a file without problems. The import
 * is synchronous (one transaction within this request), so its progress is only shown once done.
 */
export async function importCsvAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const t = (await getTranslations()) as unknown as Translate;
  const text = await csvText(formData);
  const values: Record<string, string> = { kind: String(formData.get("kind") ?? ""), text };
  const parsed = importFormSchema.safeParse({ kind: values.kind, mode: formData.get("mode") ?? "check", text });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(translateKey(t, issue.message));
    return { values, fieldErrors };
  }
  try {
    const actor = await authorize("admin.manage");
    const ctx = await serviceContext({ db: await getDb() });
    const options = { actorEmail: actor.email, origin: await requestOrigin() };
    const { kind, mode } = parsed.data;
    const result = mode === "import" ? await runImport(kind, parsed.data.text, { userId: actor.id }, ctx, options) : await dryRun(kind, parsed.data.text, ctx, options);
    return { values, outcome: describe(t, result, mode) };
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "csv import failed");
    }
    if (error instanceof AppError && error.fieldErrors) {
      return { values, formError: Object.values(error.fieldErrors).flat().map((key) => translateKey(t, key)).join(" ") };
    }
    return { values, formError: t(failure.messageKey) };
  }
}
