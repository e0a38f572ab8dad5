import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { CLAIM_LEASE_MS, afterFailedAttempt } from "@/lib/domain/notices/backoff";
import { log } from "@/lib/log";
import { type NoticeTransports, PermanentDeliveryError, configuredChannels } from "./transports";

const BATCH = 50;
/** Deliveries in flight at once within a batch. */
const CONCURRENCY = 5;
/** A round claims no new batch after this long (the job's expiry is 60 s: lib/jobs/registry.ts). */
const DELIVERY_ROUND_MS = 30_000;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  dead: number;
  /** Claims of a worker that died mid-delivery, made dead letters this round. */
  interrupted: number;
}

/**
 * Delivers the notices that are due: claims a batch with FOR UPDATE SKIP LOCKED (so several
 * workers never take the same row), marks each claimed row (`claimed_at`) and counts the
 * attempt, all in one short transaction; then sends outside any transaction. A sent notice drops
 * its body at once; a failed one is retried with exponential backoff
 * (lib/domain/notices/backoff.ts) and becomes a dead letter when the attempts are spent or the
 * failure is permanent. A worker killed mid-send leaves the row claimed; once the lease is over
 * the row becomes a dead letter ("interrupted"), because the message may already have left: so
 * every notice is sent exactly once or is a dead letter, never twice on its own.
 *
 * The job the queue runs (every few seconds, one at a time per worker, any number of workers).
 */
export async function deliverDueNotices(
  db: Queryable,
  transports: NoticeTransports,
  now: Date = new Date(),
  options: { maxBatches?: number } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, dead: 0, interrupted: 0 };
  report.interrupted = await abandonInterruptedDeliveries(db, now);
  const channels = configuredChannels(transports);
  if (channels.length === 0) return report;
  const started = Date.now();
  for (let batch = 0; batch < (options.maxBatches ?? 20) && Date.now() - started < DELIVERY_ROUND_MS; batch++) {
    const claimed = await claimDue(db, channels, now);
    for (let i = 0; i < claimed.length; i += CONCURRENCY) {
      const outcomes = await Promise.all(
        claimed.slice(i, i + CONCURRENCY).map((n) => deliverOne(db, transports, n, now)),
      );
      for (const outcome of outcomes) report[outcome]++;
    }
    if (claimed.length < BATCH) break;
  }
  return report;
}

type Claimed = Pick<typeof mailOutbox.$inferSelect, "id" | "channel" | "toAddress" | "subject" | "body" | "attempts">;

async function claimDue(db: Queryable, channels: string[], now: Date): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, "pending"),
          isNull(mailOutbox.claimedAt),
          lte(mailOutbox.nextAttemptAt, now),
          inArray(mailOutbox.channel, channels as ("mail" | "sms")[]),
        ),
      )
      .orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        claimedAt: now,
      })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning({
        id: mailOutbox.id,
        channel: mailOutbox.channel,
        toAddress: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        body: mailOutbox.body,
        attempts: mailOutbox.attempts,
      });
  });
}

async function deliverOne(
  db: Queryable,
  transports: NoticeTransports,
  notice: Claimed,
  now: Date,
): Promise<"sent" | "retrying" | "dead"> {
  try {
    const text = notice.body ?? "";
    if (notice.channel === "sms") await transports.sms!.send({ id: notice.id, to: notice.toAddress, text });
    else await transports.mail!.send({ id: notice.id, to: notice.toAddress, subject: notice.subject, text });
  } catch (error) {
    const next = afterFailedAttempt(notice.attempts, now, { permanent: error instanceof PermanentDeliveryError });
    // Not the error's text, which can quote the address: an address or number never reaches a log.
    log.warn(
      {
        ...failureForLog(error),
        outboxId: notice.id,
        channel: notice.channel,
        attempts: notice.attempts,
        next: next.status,
      },
      "notice delivery failed",
    );
    await db
      .update(mailOutbox)
      .set({
        status: next.status,
        claimedAt: null,
        ...(next.status === "pending" ? { nextAttemptAt: next.nextAttemptAt } : {}),
        error: error instanceof Error ? error.message.slice(0, 500) : "delivery failed",
      })
      .where(eq(mailOutbox.id, notice.id));
    return next.status === "dead" ? "dead" : "retrying";
  }
  // Delivered: the body (a link, a code) must not stay readable in the database.
  await db
    .update(mailOutbox)
    // Sent even if the claim was meanwhile declared interrupted: it did leave, once.
    .set({ status: "sent", sentAt: now, body: null, error: null, claimedAt: null })
    .where(eq(mailOutbox.id, notice.id));
  return "sent";
}

/**
 * Claims older than the lease belong to a worker that died between sending and recording: the
 * message may have left, so it is not sent again; it becomes a dead letter for an admin to retry.
 */
async function abandonInterruptedDeliveries(db: Queryable, now: Date): Promise<number> {
  const abandoned = await db
    .update(mailOutbox)
    .set({ status: "dead", claimedAt: null, error: INTERRUPTED })
    .where(
      and(
        eq(mailOutbox.status, "pending"),
        isNotNull(mailOutbox.claimedAt),
        lt(mailOutbox.claimedAt, new Date(now.getTime() - CLAIM_LEASE_MS)),
      ),
    )
    .returning({ id: mailOutbox.id });
  if (abandoned.length > 0) log.warn({ ids: abandoned.map((a) => a.id) }, "interrupted deliveries made dead letters");
  return abandoned.length;
}

/** The dead letter's error for an interrupted delivery (the admin page shows it). */
export const INTERRUPTED = "interrupted: the worker stopped while delivering; it may have arrived";

function failureForLog(error: unknown): { failure: string; responseCode?: number } {
  const cause = error instanceof PermanentDeliveryError ? error.cause : error;
  const responseCode = (cause as { responseCode?: unknown } | null)?.responseCode;
  return {
    failure: error instanceof Error ? error.name : "unknown",
    ...(typeof responseCode === "number" ? { responseCode } : {}),
  };
}
