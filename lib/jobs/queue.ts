import "server-only";
import PgBoss from "pg-boss";
import { type Connection, getConnection } from "@/db/client";
import { JOB_QUEUE_SCHEMA, jobQueueExecutor } from "@/db/job-queue";
import { errorForLog, log } from "@/lib/log";
import { serviceContext } from "@/lib/services/context";
import { JOBS, JOB_NAMES, type JobDefinition, type JobName } from "./registry";

/**
 * The job queue: pg-boss on the app's own database connection (db/job-queue.ts), PostgreSQL or
 * the embedded PGlite alike. A process either only queues work (a web server with WORKER=off:
 * `queueJob`) or also works it (`startJobWorker`: `npm run worker`, or `npm start` by default).
 */
interface Holder {
  boss: Promise<PgBoss> | undefined;
  working: Promise<void> | undefined;
  /** The connection the boss runs on, when it is not the app's (tests). */
  connection?: Connection;
}
const holder = globalThis as typeof globalThis & { __answerableJobQueue?: Holder };
const state = (holder.__answerableJobQueue ??= { boss: undefined, working: undefined });

/** Every run's record: one line, no personal data (handlers' summaries are counts). */
const jobLog = log.child({ component: "jobs" });

function createBoss(connection: Connection, worker: boolean): PgBoss {
  const boss = new PgBoss({
    db: jobQueueExecutor(connection),
    schema: JOB_QUEUE_SCHEMA,
    // The schema is installed by the migration step (npm run db:migrate), as the database owner.
    migrate: false,
    // Maintenance (expiring lost jobs, archiving) and the cron clock run in workers only; pg-boss
    // lets one instance at a time do either, whatever the number of workers.
    supervise: worker,
    schedule: worker,
    // How soon a job of a killed worker (kill -9, a lost machine) is failed and retried: its
    // expireInSeconds after it started, found by the next maintenance round (docs/jobs.md).
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", (error) => jobLog.error({ err: errorForLog(error) }, "job queue error"));
  return boss;
}

async function theBoss(worker: boolean): Promise<PgBoss> {
  state.boss ??= (async () => {
    const boss = createBoss(state.connection ?? (await getConnection()), worker);
    await boss.start();
    await createQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

/** Tests: run the queue, and the jobs, on a connection of their own. */
export function useJobQueueConnection(connection: Connection | undefined): void {
  state.connection = connection;
}

function queueOptions(definition: JobDefinition): PgBoss.Queue {
  const scheduled = !("onDemand" in definition.schedule);
  return {
    name: "",
    // At most one run waiting and one running per job (per import for "imports.run"): a slow run
    // never piles up a backlog behind itself, and a second worker's send is a no-op.
    policy: "stately",
    expireInSeconds: definition.expireInSeconds,
    // A scheduled job's next slot is its retry; an import is retried, later and later.
    retryLimit: scheduled ? 0 : 20,
    retryDelay: 30,
    retryBackoff: !scheduled,
    retentionMinutes: 60,
  };
}

async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of JOB_NAMES) {
    const options = queueOptions(JOBS[name]);
    // Idempotent: pg-boss creates a queue once; a changed policy is applied.
    await boss.createQueue(name, { ...options, name });
    await boss.updateQueue(name, { ...options, name });
  }
}

/** Queues a job (an import, a follow-up). `singletonKey` keeps one waiting per key. */
export async function queueJob(
  name: JobName,
  data: Record<string, unknown>,
  options: { singletonKey?: string; startAfterSeconds?: number } = {},
): Promise<string | null> {
  const boss = await theBoss(false);
  return boss.send(name, data, {
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
}

/** One run of a job, as the worker does it: handler, log line, follow-ups. Throws to fail the job. */
async function work(boss: PgBoss, name: JobName, job: PgBoss.Job<Record<string, unknown>>): Promise<void> {
  const definition = JOBS[name];
  const started = Date.now();
  let againInSeconds: number | undefined;
  try {
    const ctx = await serviceContext(state.connection ? { db: state.connection.db } : {});
    const outcome = (await definition.handler(ctx, job.data ?? {})) ?? {};
    againInSeconds = outcome.againInSeconds;
    for (const next of outcome.queue ?? [])
      await boss.send(next.name, next.data, next.singletonKey ? { singletonKey: next.singletonKey } : {});
    // The frequent self-rescheduling jobs log at debug level: a line every few seconds is noise.
    const level = "every" in definition.schedule ? "debug" : "info";
    jobLog[level]({ job: name, jobId: job.id, ms: Date.now() - started, ...outcome.summary }, "job done");
  } catch (error) {
    jobLog.error({ job: name, jobId: job.id, ms: Date.now() - started, err: errorForLog(error) }, "job failed");
    throw error;
  } finally {
    // The next round of an "every" job, even after a failure (then after a pause).
    if ("every" in definition.schedule) await boss.send(name, {}, { startAfter: againInSeconds ?? 30 });
  }
}

/**
 * Starts working every job in this process: the schedules, the jobs queued at start, one pg-boss
 * worker per queue. Once per process; `npm run worker` and `npm start` (unless WORKER=off) call it.
 */
export function startJobWorker(): Promise<void> {
  state.working ??= (async () => {
    // A process that only queued so far gets a boss that also supervises and schedules.
    if (state.boss) await stopJobQueue();
    const boss = await theBoss(true);
    for (const name of JOB_NAMES) {
      const definition = JOBS[name];
      const { schedule } = definition;
      // A cron slot is sent once whatever the number of workers (pg-boss's singleton per slot).
      if ("cron" in schedule) await boss.schedule(name, schedule.cron);
      else if ("every" in schedule) await boss.schedule(name, "* * * * *");
      if (definition.onStart) await boss.send(name, {});
      await boss.work<Record<string, unknown>>(
        name,
        { pollingIntervalSeconds: "every" in schedule ? 1 : 5, batchSize: 1 },
        async ([job]) => {
          if (job) await work(boss, name, job);
        },
      );
    }
    jobLog.info(
      {
        jobs: JOB_NAMES.map((name) => {
          const { schedule } = JOBS[name];
          return `${name} (${"cron" in schedule ? schedule.cron : "every" in schedule ? "self-rescheduling" : "on demand"})`;
        }),
      },
      "job worker started",
    );
  })().catch((error: unknown) => {
    state.working = undefined;
    throw error;
  });
  return state.working;
}

/** Stops the queue gracefully: running jobs finish (up to 20 s), nothing new is fetched. */
export async function stopJobQueue(): Promise<void> {
  const pending = state.boss;
  state.boss = undefined;
  state.working = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => null);
  if (!boss) return;
  await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
}
