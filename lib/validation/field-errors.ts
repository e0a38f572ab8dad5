import type { z } from "zod";
import type en from "@/lib/i18n/messages/en/core.json";

export type ValidationKey = keyof (typeof en)["validation"];
export type FieldErrors = Record<string, string[]>;

/**
 * All field errors at once (not the first), translated. Schemas use message keys from the
 * `validation` catalogue namespace; anything else falls back to the generic "invalid".
 */
export function translateFieldErrors(
  error: z.ZodError,
  t: (key: ValidationKey) => string,
  known: readonly string[],
): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = (known.includes(issue.message) ? issue.message : "invalid") as ValidationKey;
    const message = t(key);
    const list = (result[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return result;
}
