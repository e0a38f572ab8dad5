import "server-only";
import path from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { env } from "@/lib/env";
import { chainUnhashedAuditRows } from "./audit-chain";
import { type Connection, getConnection, openDatabase } from "./client";
import { installJobQueue } from "./job-queue";

const migrationsFolder = path.join(process.cwd(), "db/migrations");

/**
 * Applies the committed migrations, on PGlite and PostgreSQL alike (drizzle-kit migrate cannot
 * load contrib extensions into PGlite), as the owner: on PostgreSQL a connection of its own
 * (MIGRATION_DATABASE_URL, else DATABASE_URL) without the app's role; on PGlite the one
 * connection, for the time of the migration. Then hashes audit rows older than their chain, and
 * installs (or upgrades) the job queue's schema (db/job-queue.ts).
 */
export async function migrateDatabase(target?: Connection): Promise<void> {
  if (target) return migrateWith(target);
  const { DATABASE_URL, MIGRATION_DATABASE_URL } = env();
  if (!DATABASE_URL) {
    const connection = await getConnection();
    return connection.asOwner ? connection.asOwner(() => migrateWith(connection)) : migrateWith(connection);
  }
  const owner = await openDatabase({ url: MIGRATION_DATABASE_URL ?? DATABASE_URL });
  try {
    await migrateWith(owner);
  } finally {
    await owner.close();
  }
}

async function migrateWith(connection: Connection): Promise<void> {
  if (connection.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(connection.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(connection.db, { migrationsFolder });
  }
  await chainUnhashedAuditRows(connection.db);
  await installJobQueue(connection);
}
