import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "../client";

/** Resolves when the database answers a trivial query; rejects when it cannot be reached. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.execute(sql`select 1`);
}
