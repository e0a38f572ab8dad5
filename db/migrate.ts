import path from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { type Connection, getConnection } from "./client";

const migrationsFolder = path.join(process.cwd(), "db/migrations");

/** Applies the committed migrations, on PGlite and PostgreSQL alike (drizzle-kit migrate cannot load contrib extensions into PGlite). */
export async function migrateDatabase(target?: Connection): Promise<void> {
  const connection = target ?? (await getConnection());
  if (connection.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(connection.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(connection.db, { migrationsFolder });
  }
}
