import "server-only";
import { writeDailyCheckpoint } from "@/lib/services/integrity/write-checkpoint";
import { closeUnratedCases } from "@/lib/services/cases/sweep";
import { purgeMailOutbox } from "@/lib/services/ops/purge-mail";
import { deliverDueNotices } from "@/lib/mail/deliver";
import { noticeTransports } from "@/lib/mail/transports";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { countPetitions, sweepPetitions } from "@/lib/services/petitions/petition-jobs";
import { ROLLUP_REFRESH_SECONDS, refreshPortalRollups } from "@/lib/services/portal/rollup-job";
import { freezeScorecards } from "@/lib/services/scorecards/job";
import { orphanedImportJobs, runImportJob } from "@/lib/services/admin/import-job";
import { issueOverdueCards } from "@/lib/services/supervision/issue-cards";
import { escalateOverdueNotices } from "@/lib/services/supervision/escalate-notices";
import { openRectifications } from "@/lib/services/supervision/open-rectifications";
import { noticeMissingPlans } from "@/lib/services/supervision/notice-missing-plans";

export const JOB_NAMES = [
  "cases.close-unrated",
  "petitions.sweep",
  "petitions.count",
  "portal.rollups",
  "scorecards.freeze",
  "mail.purge",
  "notices.deliver",
  "integrity.checkpoint",
  "imports.run",
  "imports.resume",
  "supervision.cards",
  "supervision.notices",
  "supervision.rectifications",
] as const;

export type JobName = (typeof JOB_NAMES)[number];

/** Seconds between outbox rounds when nothing was due. */
const NOTICE_ROUND_SECONDS = 3;

/**
 * What a job may ask of the queue when it is done: nothing, its next run after some seconds
 * (a self-rescheduling job), or other jobs to queue (the orphaned imports).
 */
export interface JobOutcome {
  /** Seconds until this job runs again ("every" jobs). */
  againInSeconds?: number;
  /** Further jobs to queue, each with its data. */
  queue?: { name: JobName; data: Record<string, unknown>; singletonKey?: string }[];
  /** A short, personal-data-free summary for the job log. */
  summary?: Record<string, number | string>;
}

export interface JobDefinition {
  /** What it does, in a line (docs/jobs.md lists the same). */
  purpose: string;
  /**
   * When it runs. `cron`: a pg-boss schedule (minutes or longer; once per slot whatever the number
   * of workers). `every`: a job that queues its own next run that many seconds after it ends (for
   * periods under a minute, which cron cannot express), with a cron of every minute behind it that
   * revives the chain should a worker die in between. `onDemand`: queued by the app.
   */
  schedule: { cron: string } | { every: true } | { onDemand: true };
  /** Also queued when a worker starts (the queue's policy keeps it to one whatever the workers). */
  onStart?: boolean;
  /** A run that takes longer is presumed lost with its worker, and retried. */
  expireInSeconds: number;
  handler: (ctx: ServiceContext, data: Record<string, unknown>) => Promise<JobOutcome | void>;
}

/**
 * Every background duty of the portal, in one table. Every handler is idempotent (run twice, its
 * effect happens once: tests/integration/jobs.test.ts), so a retry after a lost worker is safe.
 */
export const JOBS: Record<JobName, JobDefinition> = {
  "cases.close-unrated": {
    purpose: "Close replied cases whose feedback window has passed as not rated.",
    schedule: { cron: "* * * * *" },
    expireInSeconds: 300,
    handler: async (ctx) => ({ summary: { closed: await closeUnratedCases(ctx) } }),
  },
  "petitions.sweep": {
    purpose: "Close expired petitions, retry response cases, anonymise old signatures.",
    schedule: { cron: "* * * * *" },
    expireInSeconds: 300,
    handler: async (ctx) => {
      await sweepPetitions(ctx);
    },
  },
  "petitions.count": {
    purpose: "Count signatures, open response cases on crossed thresholds, publish answers.",
    schedule: { every: true },
    onStart: true,
    expireInSeconds: 120,
    handler: async (ctx) => ({ againInSeconds: await countPetitions(ctx) }),
  },
  "portal.rollups": {
    purpose: "Bring the portal's daily rollups up to date with the cases.",
    schedule: { every: true },
    onStart: true,
    expireInSeconds: 300,
    handler: async (ctx) => {
      await refreshPortalRollups(ctx);
      return { againInSeconds: ROLLUP_REFRESH_SECONDS };
    },
  },
  "scorecards.freeze": {
    purpose: "Freeze finished scorecard periods.",
    schedule: { cron: "5 * * * *" },
    onStart: true,
    expireInSeconds: 900,
    handler: async (ctx) => {
      await freezeScorecards(ctx);
    },
  },
  "mail.purge": {
    purpose: "Delete outbox messages older than the retention period.",
    schedule: { cron: "15 * * * *" },
    expireInSeconds: 300,
    handler: async (ctx) => ({ summary: { purged: await purgeMailOutbox(ctx) } }),
  },
  "notices.deliver": {
    purpose: "Deliver due notices from the outbox (mail, SMS), with retries and dead letters.",
    schedule: { every: true },
    onStart: true,
    // A round stops claiming after DELIVERY_ROUND_MS: a killed worker's round holds up the chain
    // for a minute at most (a live round that overran would only deliver beside the next one:
    // claims never overlap).
    expireInSeconds: 60,
    handler: async (ctx) => {
      const report = await deliverDueNotices(ctx.db, noticeTransports(ctx.db), ctx.now);
      // Sign-in links wait on this: a few seconds between rounds, none while a backlog drains.
      return {
        againInSeconds: report.sent + report.retrying + report.dead > 0 ? 1 : NOTICE_ROUND_SECONDS,
        summary: { ...report },
      };
    },
  },
  "integrity.checkpoint": {
    purpose: "Write today's event-log checkpoint, once a day.",
    schedule: { cron: "*/10 * * * *" },
    onStart: true,
    expireInSeconds: 600,
    handler: async (ctx) => ({ summary: { checkpoint: await writeDailyCheckpoint(ctx) } }),
  },
  "imports.run": {
    purpose: "Apply (or resume) one CSV import, chunk by chunk.",
    schedule: { onDemand: true },
    // Short, so that the import of a killed worker is retried soon; a long import outlives it
    // safely: the retry finds the live run's heartbeat fresh ("busy") and tries again later.
    expireInSeconds: 60,
    handler: async (ctx, data) => {
      const outcome = await runImportJob(Number(data.importJobId), ctx);
      // Another worker holds it: pg-boss retries the job later; a dead worker's hold goes stale.
      if (outcome === "busy") throw new Error("import busy on another worker");
      return { summary: { importJobId: Number(data.importJobId), outcome } };
    },
  },
  "imports.resume": {
    purpose: "Queue again the imports whose worker was lost (a restart, a crash).",
    schedule: { cron: "* * * * *" },
    onStart: true,
    expireInSeconds: 120,
    handler: async (ctx) => {
      const orphaned = await orphanedImportJobs(ctx.db);
      return {
        queue: orphaned.map((id) => ({ name: "imports.run", data: { importJobId: id }, singletonKey: String(id) })),
        summary: { orphaned: orphaned.length },
      };
    },
  },
  "supervision.cards": {
    purpose: "Issue the yellow and red cards earned by deadlines missed by 1 and 3 working days (per policy).",
    schedule: { cron: "*/5 * * * *" },
    onStart: true,
    expireInSeconds: 300,
    handler: async (ctx) => ({ summary: { issued: await issueOverdueCards(ctx) } }),
  },
  "supervision.notices": {
    purpose: "Escalate supervision notices whose answer is overdue, each once: a red card, the superior unit told.",
    schedule: { cron: "*/5 * * * *" },
    onStart: true,
    expireInSeconds: 300,
    handler: async (ctx) => ({ summary: { escalated: await escalateOverdueNotices(ctx) } }),
  },
  "supervision.rectifications": {
    purpose: "Open a rectification for each red result, once; a plan not filed in time becomes a notice, once.",
    schedule: { cron: "25 * * * *" },
    onStart: true,
    expireInSeconds: 900,
    handler: async (ctx) => ({
      summary: { opened: await openRectifications(ctx), noticed: await noticeMissingPlans(ctx) },
    }),
  },
};

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

/**
 * Runs a job's handler here and now, without the queue (tests, scripts, an operator's command):
 * what the worker would do when the job comes due. The context defaults to the app's database.
 */
export async function runJobNow(
  name: JobName,
  options: { ctx?: ServiceContext; data?: Record<string, unknown> } = {},
): Promise<JobOutcome> {
  const ctx = options.ctx ?? (await serviceContext());
  return (await JOBS[name].handler(ctx, options.data ?? {})) ?? {};
}
