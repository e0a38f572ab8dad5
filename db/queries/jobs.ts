import "server-only";
import { sql } from "drizzle-orm";
import { type Queryable, sqlRows } from "@/db/client";
import { JOB_QUEUE_SCHEMA } from "@/db/job-queue";

export interface JobQueueState {
  name: string;
  lastCompletedAt: Date | null;
  lastFailedAt: Date | null;
  waiting: number;
  active: number;
  failed: number;
}

const toDate = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/**
 * How each job stands in the queue, from pg-boss's own table (jobs kept there until archived,
 * about 12 h): its last completed and failed runs, and the runs waiting, running and failed.
 */
export async function listJobQueueStates(db: Queryable): Promise<JobQueueState[]> {
  const rows = await sqlRows<Record<string, unknown>>(
    db,
    sql`select name,
          max(completed_on) filter (where state = 'completed') as last_completed,
          max(completed_on) filter (where state = 'failed') as last_failed,
          count(*) filter (where state in ('created', 'retry'))::int as waiting,
          count(*) filter (where state = 'active')::int as active,
          count(*) filter (where state = 'failed')::int as failed
        from ${sql.identifier(JOB_QUEUE_SCHEMA)}.job
        group by name`,
  );
  return rows.map((row) => ({
    name: String(row.name),
    lastCompletedAt: toDate(row.last_completed),
    lastFailedAt: toDate(row.last_failed),
    waiting: Number(row.waiting),
    active: Number(row.active),
    failed: Number(row.failed),
  }));
}

/** When any job last completed: a live worker completes one every few seconds. */
export async function lastJobCompletedAt(db: Queryable): Promise<Date | null> {
  const [row] = await sqlRows<{ at: unknown }>(
    db,
    sql`select max(completed_on) as at from ${sql.identifier(JOB_QUEUE_SCHEMA)}.job where state = 'completed'`,
  );
  return toDate(row?.at);
}
