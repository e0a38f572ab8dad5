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
