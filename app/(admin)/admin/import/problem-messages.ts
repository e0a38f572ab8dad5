import type { ImportProblem } from "@/lib/domain/admin/import-rows";

export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** An import error key in words: the import's own message, else the generic validation one. */
export function translateImportKey(t: Translate, key: string): string {
  if (t.has(`adminImport.errors.${key}`)) return t(`adminImport.errors.${key}`);
  if (t.has(`validation.${key}`)) return t(`validation.${key}`);
  return t("validation.invalid");
}

/** Problems as the problems table shows them, already translated. */
export function describeProblems(t: Translate, problems: readonly ImportProblem[]) {
  return problems.map((p) => ({
    line: p.line,
    lineLabel: t("adminImport.lineLabel", { line: p.line }),
    field: p.field,
    message: translateImportKey(t, p.messageKey),
  }));
}
