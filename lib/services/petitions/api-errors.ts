import { translator } from "@/lib/i18n/translator";
import { toPublicError } from "@/lib/errors";

/** An error as the JSON API answers it: code, English message, field errors with keys and text. */
export function apiErrorResponse(error: unknown): Response {
  const failure = toPublicError(error);
  const t = translator("en");
  const message = (key: string) => {
    for (const candidate of [`petitions.errors.${key}`, `validation.${key}`])
      if (t.has(candidate as never)) return t(candidate as never);
    return key;
  };
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(
        Object.entries(failure.fieldErrors).map(([field, keys]) => [
          field,
          keys.map((key) => ({ key, message: message(key) })),
        ]),
      )
    : undefined;
  return Response.json(
    { error: failure.code, message: t(failure.messageKey), fieldErrors },
    { status: failure.status, headers: { "cache-control": "no-store" } },
  );
}
