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
  if (databaseUnreachable(error))
    return { code: "unavailable", status: 503, messageKey: "errors.unavailable", retryAfterSeconds: 5 };
  return { code: "internal", status: 500, messageKey: "errors.internal" };
}

/**
 * Codes of a database that cannot be reached or is going away (PostgreSQL restarting, the network
 * down): socket errors, postgres.js's connection errors, and SQLSTATE class 08 and 57P0x.
 */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up)
  "08000",
  "08001",
  "08003",
  "08006",
]);

/**
 * Whether an error (or what it wraps: drizzle wraps the driver's) says the database is
 * unreachable: a request that meets it answers 503 with Retry-After, never a 500 or a hang.
 */
export function databaseUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
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
