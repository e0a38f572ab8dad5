import { sql } from "drizzle-orm";
import { bigint, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { NOTICE_CHANNELS, NOTICE_STATUSES } from "@/lib/domain/notices/backoff";

export const noticeChannelEnum = pgEnum("notice_channel", NOTICE_CHANNELS);
export const noticeStatusEnum = pgEnum("notice_status", NOTICE_STATUSES);

/**
 * The transactional outbox: every notice the app sends (mail, SMS), inserted in the transaction
 * of the change that causes it and delivered later by lib/mail/deliver.ts, with retries and a
 * dead-letter state (docs/notices.md). The body (which can carry a sign-in or confirmation link)
 * is dropped once delivered, and every row is deleted after the retention period
 * (MAIL_RETENTION_DAYS, lib/services/ops/purge-mail.ts).
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    channel: noticeChannelEnum().notNull().default("mail"),
    /** An email address (mail) or a phone number (sms). */
    toAddress: text().notNull(),
    /** Mail only; an SMS has none (""). */
    subject: text().notNull(),
    /** null once delivered. */
    body: text(),
    /** What the message is about, e.g. `petition:12`, so a purge can find it (signature anonymisation). */
    about: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: noticeStatusEnum().notNull().default("pending"),
    /** Delivery attempts made so far (failed ones, plus the one that succeeded). */
    attempts: integer().notNull().default(0),
    /** When a pending notice is next due; now for a new one. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    /**
     * Set while a worker delivers it (claimed, outcome not yet recorded). A claim that outlives
     * CLAIM_LEASE_MS was interrupted: the notice becomes a dead letter, never a second send.
     */
    claimedAt: timestamp({ withTimezone: true }),
    /** The last failure's message; cleared when a later attempt succeeds. */
    error: text(),
  },
  (t) => [
    index("mail_outbox_to_idx").on(t.toAddress, t.createdAt),
    index("mail_outbox_created_idx").on(t.createdAt),
    index("mail_outbox_about_idx").on(t.about),
    index("mail_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index("mail_outbox_claimed_idx")
      .on(t.claimedAt)
      .where(sql`${t.claimedAt} is not null`),
    index("mail_outbox_dead_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'dead'`),
  ],
);

/**
 * The development transport's mailbox (demo only): a delivered notice's copy, body included, so
 * /dev/mailbox still shows the link after the outbox row has dropped its body. Deleted with its
 * outbox row (retention purge, signature anonymisation).
 */
export const devMailbox = pgTable("dev_mailbox", {
  outboxId: bigint({ mode: "number" })
    .primaryKey()
    .references(() => mailOutbox.id, { onDelete: "cascade" }),
  body: text().notNull(),
  deliveredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
