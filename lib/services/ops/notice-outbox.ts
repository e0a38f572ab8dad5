import "server-only";
import { and, count, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import type { NoticeChannel } from "@/lib/domain/notices/backoff";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "../admin/audit";

/** How an undelivered notice stands, as /admin/mail shows it. */
export type OutboxState = "pending" | "retrying" | "dead";

export interface OutboxNotice {
  id: number;
  channel: NoticeChannel;
  /** The address or phone number: the page is for admins, who need it to judge a bounce. */
  toAddress: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  error: string | null;
  createdAt: Date;
}

const stateOf = sql<OutboxState>`case when ${mailOutbox.status} = 'dead' then 'dead' when ${mailOutbox.error} is not null then 'retrying' else 'pending' end`;

/**
 * The notices not yet delivered, dead letters first, and how many there are in each state.
 * Never the body: a pending one can carry a sign-in link, and a delivered one has none.
 */
export async function listUndeliveredNotices(db: Queryable, limit = 100) {
  const rows: OutboxNotice[] = await db
    .select({
      id: mailOutbox.id,
      channel: mailOutbox.channel,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      state: stateOf,
      attempts: mailOutbox.attempts,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      error: mailOutbox.error,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(ne(mailOutbox.status, "sent"))
    .orderBy(sql`${mailOutbox.status} = 'dead' desc`, desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
  const tally = async (where: ReturnType<typeof and>) =>
    (await db.select({ n: count() }).from(mailOutbox).where(where))[0]?.n ?? 0;
  const [pending, retrying, dead] = await Promise.all([
    tally(and(eq(mailOutbox.status, "pending"), isNull(mailOutbox.error))),
    tally(and(eq(mailOutbox.status, "pending"), isNotNull(mailOutbox.error))),
    tally(eq(mailOutbox.status, "dead")),
  ]);
  return { rows, counts: { pending, retrying, dead } };
}

/**
 * Puts a dead letter back to pending, due now, its attempts counted afresh and its last error
 * cleared (the admin has read it), and records it
 * in the audit log (the notice's id and channel only: an address does not belong in a log that
 * is never pruned). Returns false when the notice is not a dead letter (any more).
 */
export async function retryDeadNotice(
  db: Queryable,
  input: { id: number },
  actorUserId: string | null,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: mailOutbox.status, attempts: mailOutbox.attempts, channel: mailOutbox.channel })
      .from(mailOutbox)
      .where(eq(mailOutbox.id, input.id))
      .for("update");
    if (!before || before.status !== "dead") return false;
    await tx
      .update(mailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, claimedAt: null, error: null })
      .where(eq(mailOutbox.id, input.id));
    await recordAdminChange(tx, {
      actorUserId,
      action: "notice.retry",
      subject: `notice:${input.id}`,
      before: { status: "dead", attempts: before.attempts, channel: before.channel },
      after: { status: "pending" },
      at: now,
    });
    return true;
  });
}

/** The admin's "retry" on /admin/mail: a notice that is no longer a dead letter is a conflict. */
export async function retryDeadNoticeForAdmin(
  db: Database,
  input: { id: number },
  actor: { userId: string | null },
  now: Date,
): Promise<void> {
  if (!(await retryDeadNotice(db, input, actor.userId, now))) throw new AppError("conflict", "not a dead letter");
}
