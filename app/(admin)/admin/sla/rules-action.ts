import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { type Database, getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import { AppError, toPublicError } from "@/lib/errors";
import { log } from "@/lib/log";

// Parse → authorise → act for the forms of /admin/sla, /admin/calendar and /admin/settings.
// Error keys are looked up in `adminRules.errors` first, then core `validation`.

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export async function translator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

export function translateKey(t: Translate, key: string): string {
  if (t.has(`adminRules.errors.${key}`)) return t(`adminRules.errors.${key}`);
  if (t.has(`validation.${key}`)) return t(`validation.${key}`);
  return t("validation.invalid");
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$") && typeof value === "string") values[key] = value;
  }
  return values;
}

export function zodFieldErrors(t: Translate, error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const list = (fieldErrors[String(issue.path[0] ?? "form")] ??= []);
    const message = translateKey(t, issue.message);
    if (!list.includes(message)) list.push(message);
  }
  return fieldErrors;
}

/** The failure of an admin action as form state: field errors by their fields, anything else above the form. */
export async function failureState(t: Translate, values: Record<string, string>, error: unknown): Promise<ActionState> {
  const failure = toPublicError(error);
  if (failure.code === "internal") {
    const requestId = (await headers()).get("x-request-id");
    log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "admin rules action failed");
  }
  if (error instanceof AppError && error.fieldErrors) {
    return {
      values,
      fieldErrors: Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => translateKey(t, key))]),
      ),
    };
  }
  return { values, formError: t(failure.messageKey) };
}

/**
 * Runs one admin form: parse with `schema`, authorise `admin.manage`, then `act`, which returns
 * where to go on success. The caller redirects (outside any try, as Next requires).
 */
export async function runRulesAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  act: (input: z.infer<S>, actorUserId: string, db: Database) => Promise<string>,
): Promise<{ state: ActionState } | { redirectTo: string }> {
  const t = await translator();
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { state: { values, fieldErrors: zodFieldErrors(t, parsed.error) } };
  try {
    const actor = await authorize("admin.manage");
    return { redirectTo: await act(parsed.data, actor.id, await getDb()) };
  } catch (error) {
    return { state: await failureState(t, values, error) };
  }
}
