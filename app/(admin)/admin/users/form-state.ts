import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { AppError, toPublicError } from "@/lib/errors";
import { log } from "@/lib/log";

// The forms of the people and knowledge pages: parse → authorise → act, every field error at
// once and translated, the typed values kept. Authorisation is the caller's `act`, first line.

type Translate = { (key: string): string; has(key: string): boolean };

function translateKey(t: Translate, key: string): string {
  if (t.has(`adminPeople.errors.${key}`)) return t(`adminPeople.errors.${key}`);
  if (t.has(`validation.${key}`)) return t(`validation.${key}`);
  return t("validation.invalid");
}

/** Passwords are never sent back to the browser. */
const SECRET_FIELDS = new Set(["password", "confirmation"]);

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

function toState(
  values: Record<string, string>,
  errors: Record<string, string[]>,
  fields: ReadonlySet<string>,
  t: Translate,
): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const [field, keys] of Object.entries(errors)) {
    const messages = [...new Set(keys.map((key) => translateKey(t, key)))];
    if (fields.has(field)) fieldErrors[field] = messages;
    else formErrors.push(...messages);
  }
  return { values: kept(values), fieldErrors, formError: formErrors.length ? formErrors.join(" ") : undefined };
}

function kept(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

/**
 * Runs one form. `act` authorises first and returns where to go next; navigation happens in the
 * action itself, outside this function's error handling.
 */
export async function runAdminForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  act: (input: z.infer<S>) => Promise<string>,
): Promise<ActionState | { redirectTo: string }> {
  const t = (await getTranslations()) as unknown as Translate;
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  const fields = new Set(Object.keys(values));
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return toState(values, errors, fields, t);
  }
  try {
    return { redirectTo: await act(parsed.data) };
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors) return toState(values, error.fieldErrors, fields, t);
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error(
        { requestId, err: error instanceof Error ? error.message : String(error) },
        "administration form failed",
      );
    }
    return { values: kept(values), formError: t(failure.messageKey) };
  }
}
