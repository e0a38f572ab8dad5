import "server-only";
import type { PGlite, Results } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Sql } from "postgres";
import type { Connection } from "./client";

/** The schema pg-boss keeps its queues, jobs and schedules in (docs/jobs.md). */
export const JOB_QUEUE_SCHEMA = "pgboss";

type Row = Record<string, unknown>;

/**
 * pg-boss's database adapter (`{ executeSql }`) over the app's own connection, so the job queue
 * needs no second driver and, on PGlite, no second connection to a database that has only one.
 * pg-boss sends parameterised single statements, and, when installing or migrating its schema,
 * parameterless scripts of several statements (BEGIN … COMMIT): PGlite runs those with `exec`,
 * postgres.js with the simple protocol on a reserved connection.
 *
 * PGlite serialises every query and waits for an open transaction to end before the next, so
 * the queue's queries and the app's queue up behind each other. They cannot deadlock as long as
 * no code awaits the queue inside a transaction of its own (lib/jobs never does).
 */
export function jobQueueExecutor(connection: Connection): PgBoss.Db {
  const client = (connection.db as unknown as { $client: unknown }).$client;
  if (connection.driver === "pglite") {
    const pglite = client as PGlite;
    return {
      async executeSql(text: string, values: unknown[] = []) {
        if (values.length > 0) return { rows: (await pglite.query<Row>(text, values.map(parameter))).rows };
        const results = (await pglite.exec(text)) as Results<Row>[];
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  const sql = client as Sql;
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) return { rows: [...(await sql.unsafe<Row[]>(text, values.map(parameter) as never[]))] };
      // A script (BEGIN … COMMIT) needs one connection of its own, not any of the pool's.
      const reserved = await sql.reserve();
      let result: Row[] | Row[][];
      try {
        result = (await reserved.unsafe(text)) as unknown as Row[] | Row[][];
      } finally {
        reserved.release();
      }
      // Several statements: one result per statement; pg-boss reads the last.
      const last = Array.isArray(result[0]) || result.length === 0 ? (result.at(-1) ?? []) : result;
      return { rows: [...(last as Row[])] };
    },
  };
}

/** node-postgres (pg-boss's own driver) sends objects as JSON text; so does this adapter. */
function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value))
    return JSON.stringify(value);
  return value;
}

/**
 * Installs pg-boss's schema, or migrates it to this pg-boss version, as the database owner (the
 * migration step runs this): the app's role may not create schemas. Then lets the app's role use
 * the queue: it reads and writes the tables, and creates queues through pg-boss's own functions,
 * which run as their owner (a queue is a partition of the job table, which only its owner may
 * attach). Safe to run again.
 */
export async function installJobQueue(connection: Connection): Promise<void> {
  const boss = new PgBoss({
    db: jobQueueExecutor(connection),
    schema: JOB_QUEUE_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  const db = jobQueueExecutor(connection);
  const s = JOB_QUEUE_SCHEMA;
  await db.executeSql(
    `
    ALTER FUNCTION ${s}.create_queue(text, json) SECURITY DEFINER SET search_path = ${s}, pg_temp;
    ALTER FUNCTION ${s}.delete_queue(text) SECURITY DEFINER SET search_path = ${s}, pg_temp;
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'answerable_app') THEN
        GRANT USAGE ON SCHEMA ${s} TO answerable_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO answerable_app;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO answerable_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO answerable_app;
      END IF;
    END
    $$;
  `,
    [],
  );
}
