import "server-only";
import type { Queryable } from "@/db/client";
import { mailOutbox } from "@/db/schema";

// The transactional outbox (docs/notices.md). A notice is inserted through the handle of the
// transaction that makes the change it tells of, so it exists if and only if the change
// committed; lib/mail/deliver.ts sends it later. Nothing here talks to a mail server.

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  /** What the message is about (e.g. lib/domain/privacy/retention.ts petitionMailTag), for purges. */
  about?: string;
}

export interface OutgoingSms {
  /** A phone number as the citizen gave it. */
  to: string;
  text: string;
  about?: string;
}

const mailRow = (mail: OutgoingMail) => ({
  channel: "mail" as const,
  toAddress: mail.to.toLowerCase(),
  subject: mail.subject,
  body: mail.body,
  about: mail.about ?? null,
});

/** Queues one mail or several (one insert) in the caller's transaction. */
export async function enqueueMail(tx: Queryable, mails: OutgoingMail | readonly OutgoingMail[]): Promise<void> {
  const list: readonly OutgoingMail[] = Array.isArray(mails) ? mails : [mails as OutgoingMail];
  if (list.length === 0) return;
  await tx.insert(mailOutbox).values(list.map(mailRow));
}

/** Queues a text message in the caller's transaction. */
export async function enqueueSms(tx: Queryable, sms: OutgoingSms): Promise<void> {
  await tx.insert(mailOutbox).values({
    channel: "sms",
    toAddress: sms.to.trim(),
    subject: "",
    body: sms.text,
    about: sms.about ?? null,
  });
}
