// One error vocabulary for services, actions and routes, mapped once to HTTP and to a message key.
export const APP_ERROR_CODES = [
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "payload_too_large",
  "validation",
  "invalid_transition",
  "conflict",
  "rate_limited",
  "unavailable",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

const HTTP_STATUS: Record<AppErrorCode | "internal", number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  validation: 422,
  invalid_transition: 409,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** Field name for refusals that belong to the whole form rather than one field. */
export const FORM_ERROR_FIELD = "form";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    /** Message keys by field; keys under `form` belong to the whole form. */
    readonly fieldErrors?: Record<string, string[]>,
    /** Seconds a client should wait before trying again (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export interface PublicError {
  code: AppErrorCode | "internal";
  status: number;
  /** Key in the `errors` namespace of the message catalogues. */
  messageKey: `errors.${AppErrorCode | "internal"}`;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

/** The single mapping: unknown errors become `internal` (500), never a stack trace. */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      status: HTTP_STATUS[error.code],
      messageKey: `errors.${error.code}`,
      fieldErrors: error.fieldErrors,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  return { code: "internal", status: 500, messageKey: "errors.internal" };
}

/** A zod failure as an AppError("validation") with every message key by field (not only the first). */
export function validationError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const list = (fieldErrors[String(issue.path[0] ?? FORM_ERROR_FIELD)] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return new AppError("validation", "invalid input", fieldErrors);
}
