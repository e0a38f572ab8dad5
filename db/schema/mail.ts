import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every message the app sends. Without SMTP_URL it stays here and shows in /dev/mailbox (demo).
 * The body (which can carry a sign-in or confirmation link) is dropped once delivered, and every
 * row is deleted after the retention period (MAIL_RETENTION_DAYS, lib/services/ops/purge-mail.ts).
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    /** null once delivered. */
    body: text(),
    /** What the message is about, e.g. `petition:12`, so a purge can find it (signature anonymisation). */
    about: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [
    index("mail_outbox_to_idx").on(t.toAddress, t.createdAt),
    index("mail_outbox_created_idx").on(t.createdAt),
    index("mail_outbox_about_idx").on(t.about),
  ],
);
