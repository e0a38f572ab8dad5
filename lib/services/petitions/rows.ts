import "server-only";
import type { Queryable } from "@/db/client";
import type { SQL } from "drizzle-orm";

/** Runs raw SQL and returns its rows on both drivers (PGlite gives `{ rows }`, postgres.js an array). */
export async function sqlRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
