import "server-only";
import { toPublicError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

/**
 * The one error body of the JSON API (docs/api.md):
 *   { "error": code, "message": text, "fieldErrors"?: { field: [{ "key", "message" }] }, "requestId"? }
 * Messages are English; `key` and `code` are stable for programs.
 */
export interface ApiErrorBody {
  error: string;
  message: string;
  fieldErrors?: Record<string, { key: string; message: string }[]>;
  requestId?: string;
}

const en = translator("en");

/** A message key looked up in the given namespaces, then `validation.*`; the key itself otherwise. */
function fieldMessage(key: string, namespaces: readonly string[]): string {
  for (const candidate of [...namespaces.map((ns) => `${ns}.${key}`), `validation.${key}`]) {
    if (en.has(candidate as never)) return en(candidate as never);
  }
  return key;
}

export function apiErrorResponse(
  error: unknown,
  options: { requestId?: string | null; namespaces?: readonly string[] } = {},
): Response {
  const failure = toPublicError(error);
  const body: ApiErrorBody = { error: failure.code, message: en(failure.messageKey) };
  if (failure.fieldErrors) {
    body.fieldErrors = Object.fromEntries(
      Object.entries(failure.fieldErrors).map(([field, keys]) => [
        field,
        keys.map((key) => ({ key, message: fieldMessage(key, options.namespaces ?? []) })),
      ]),
    );
  }
  if (options.requestId) body.requestId = options.requestId;
  const headers = new Headers({ "cache-control": "no-store" });
  if (failure.code === "rate_limited" || failure.code === "unavailable")
    headers.set("retry-after", String(failure.retryAfterSeconds ?? 60));
  return Response.json(body, { status: failure.status, headers });
}
