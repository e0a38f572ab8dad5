import { z } from "zod";

// Building blocks every schema shares. Messages are keys of the `validation` namespace.

/** Largest value of a PostgreSQL integer: every serial id fits, anything beyond is not an id. */
export const MAX_ID = 2_147_483_647;

/** A row id from a form, a bound argument or a URL segment: digits only, within the integer range. */
export const idSchema = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, "invalid"),
  ])
  .transform(Number)
  .pipe(z.number().int("invalid").positive("invalid").max(MAX_ID, "invalid"));

/** Text without NUL bytes (PostgreSQL refuses them in text columns). */
export const safeText = z.string().refine((value) => !value.includes("\u0000"), "invalid");

/**
 * The top-level fields of a parsed form or JSON body holding a NUL byte anywhere, as `invalid`
 * field errors; the pipelines refuse these before any schema or database sees them.
 */
export function nulFieldErrors(input: Record<string, unknown>): Record<string, string[]> | null {
  const holdsNul = (value: unknown): boolean =>
    typeof value === "string"
      ? value.includes("\u0000")
      : Array.isArray(value)
        ? value.some(holdsNul)
        : value !== null && typeof value === "object"
          ? Object.entries(value).some(([key, inner]) => key.includes("\u0000") || holdsNul(inner))
          : false;
  const fields = Object.entries(input)
    .filter(([key, value]) => key.includes("\u0000") || holdsNul(value))
    .map(([key]) => [key.replaceAll("\u0000", ""), ["invalid"]]);
  return fields.length ? Object.fromEntries(fields) : null;
}

/** A URL segment or form value as a row id, or null when it is not one (then the page is a 404). */
export function parseId(value: unknown): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
