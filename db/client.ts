import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Queryable = Database | Transaction;

/** The rows of a raw `execute` on either driver: PGlite gives `{ rows }`, postgres.js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Runs raw SQL and returns its rows, on both drivers. */
export async function sqlRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

export interface Connection {
  db: Database;
  driver: "pglite" | "postgres";
  close(): Promise<void>;
  /** PGlite only (one connection): runs `work` as the owner, then returns to the app's role. */
  asOwner?<T>(work: () => Promise<T>): Promise<T>;
}

/** Who the app acts as: a role that may not UPDATE, DELETE or TRUNCATE the event logs (migration 0018). */
export interface ConnectionOptions {
  appRole?: string | null;
}

// One connection per process, shared across Next's module layers through globalThis.
const holder = globalThis as typeof globalThis & { __answerableConnection?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  if (!holder.__answerableConnection) {
    holder.__answerableConnection = openConnection().catch((error: unknown) => {
      // Never cache a failed attempt: the next request tries again.
      holder.__answerableConnection = undefined;
      throw error;
    });
  }
  return holder.__answerableConnection;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}

export async function closeDb(): Promise<void> {
  const pending = holder.__answerableConnection;
  holder.__answerableConnection = undefined;
  if (pending) await (await pending).close();
}

async function openConnection(): Promise<Connection> {
  const { DATABASE_URL, DATABASE_ROLE, pgliteDir } = env();
  return openDatabase(DATABASE_URL ? { url: DATABASE_URL } : { pgliteDir }, { appRole: DATABASE_ROLE || null });
}

/** Opens a connection of its own (tests, scripts); the app shares one through getConnection(). */
export function openDatabase(
  target: { url: string } | { pgliteDir: string },
  options: ConnectionOptions = {},
): Promise<Connection> {
  return "url" in target ? openPostgres(target.url, options) : openPglite(target.pgliteDir, options);
}

async function openPostgres(url: string, options: ConnectionOptions): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: 10,
    onnotice: () => undefined,
    // While PostgreSQL restarts, a request fails fast (503, lib/errors.ts) instead of hanging;
    // the next query opens a fresh connection by itself.
    connect_timeout: 3,
    // Every connection starts as the app's role (a startup parameter, like PGOPTIONS="-c role=…").
    ...(options.appRole ? { connection: { role: options.appRole } } : {}),
  });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dir: string, options: ConnectionOptions): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const memory = dir.startsWith("memory://");
  const release = memory ? () => undefined : lockDataDirectory(dir);
  try {
    const client = await PGlite.create(memory ? dir : dir, { extensions: { pg_trgm } });
    // The PGlite and postgres.js drizzle databases share the query-builder API we use.
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    // One connection: assume the app's role once it exists (after the first migration run).
    const role = options.appRole;
    const assumeRole = async () => {
      if (!role) return;
      const found = await client.query("select 1 from pg_roles where rolname = $1", [role]);
      if (found.rows.length > 0) await client.exec(`set role "${role.replace(/"/g, "")}"`);
    };
    await assumeRole();
    return {
      db,
      driver: "pglite",
      asOwner: async (work) => {
        await client.exec("reset role");
        try {
          return await work();
        } finally {
          await assumeRole();
        }
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite is single-process: two processes on one directory silently lose writes.
 * A pid file beside the directory refuses a second process with a clear error.
 */
function lockDataDirectory(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = `${dir.replace(/[\\/]+$/, "")}.lock`;
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const holderPid = Number(fs.readFileSync(lockFile, "utf8").trim());
    if (holderPid && holderPid !== process.pid && isAlive(holderPid)) {
      throw new Error(
        `The embedded database at ${path.relative(process.cwd(), dir) || dir} is in use by process ${holderPid}. ` +
          "Stop that process (the server or a script) first, or set PGLITE_DIR to another directory.",
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
