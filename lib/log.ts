import pino from "pino";
import { env } from "./env";

// Structured logs. Personal data must never reach them: these paths are censored wherever they appear.
export const log = pino({
  level: env().LOG_LEVEL,
  base: { app: "answerable" },
  redact: {
    paths: [
      "email",
      "*.email",
      "phone",
      "*.phone",
      "name",
      "*.name",
      "password",
      "*.password",
      "idNumber",
      "*.idNumber",
      "address",
      "*.address",
      "to",
      "*.to",
    ],
    censor: "[redacted]",
  },
});

export function requestLog(requestId: string) {
  return log.child({ requestId });
}

interface DatabaseFailure {
  code: string;
  constraint_name?: string;
  constraint?: string;
  table_name?: string;
  table?: string;
}

/** PostgreSQL's errors (postgres.js and PGlite) carry a five-character SQLSTATE code. */
function databaseFailure(error: unknown): DatabaseFailure | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? (error as DatabaseFailure) : null;
}

/**
 * An error as it may be logged, never with the values a query was given: drizzle puts the bound
 * parameters in its message, and PostgreSQL quotes the offending value in many of its own
 * ("invalid input syntax for type integer: …"). Those are citizens' data, so a database error is
 * logged by its SQLSTATE code, constraint and table, and the parameterised SQL text.
 */
export function errorForLog(error: unknown): { name: string; message?: string; code?: string; query?: string } {
  if (!(error instanceof Error)) return { name: "unknown" };
  const query = "query" in error && typeof error.query === "string" ? error.query.slice(0, 500) : undefined;
  const database = databaseFailure(error) ?? databaseFailure(error.cause);
  if (database || query) {
    const constraint = database?.constraint_name ?? database?.constraint;
    const table = database?.table_name ?? database?.table;
    return {
      name: "database_error",
      code: database?.code,
      message: [constraint && `constraint ${constraint}`, table && `table ${table}`].filter(Boolean).join(", "),
      query,
    };
  }
  return { name: error.name, message: error.message.slice(0, 500) };
}
