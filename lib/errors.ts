// One error vocabulary for services, actions and routes, mapped once to HTTP and to a message key.
export const APP_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "validation",
  "invalid_transition",
  "conflict",
  "rate_limited",
  "unavailable",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

const HTTP_STATUS: Record<AppErrorCode | "internal", number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  invalid_transition: 409,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
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
}

/** The single mapping: unknown errors become `internal` (500), never a stack trace. */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      status: HTTP_STATUS[error.code],
      messageKey: `errors.${error.code}`,
      fieldErrors: error.fieldErrors,
    };
  }
  return { code: "internal", status: 500, messageKey: "errors.internal" };
}
