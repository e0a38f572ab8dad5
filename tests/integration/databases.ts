import postgres from "postgres";
import { type Connection, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { assertDisposable } from "../disposable-database";

/**
 * The databases integration tests run against: always an in-memory PGlite, and the PostgreSQL
 * server named by TEST_DATABASE_URL when it is set (CI sets it to a fresh database).
 */
export const TEST_TARGETS: { name: string; open: () => Promise<Connection> }[] = [
  { name: "pglite", open: () => openDatabase({ pgliteDir: "memory://" }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgres", open: () => openFreshPostgres(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

async function openFreshPostgres(url: string): Promise<Connection> {
  assertDisposable(url);
  const admin = postgres(url, { max: 1, onnotice: () => undefined });
  await admin.unsafe(
    "drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade; create schema public;",
  );
  await admin.end();
  return openDatabase({ url });
}

export async function migratedDatabase(target: (typeof TEST_TARGETS)[number]): Promise<Connection> {
  const connection = await target.open();
  await migrateDatabase(connection);
  return connection;
}
