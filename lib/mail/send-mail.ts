import "server-only";
import { eq } from "drizzle-orm";
import { type Queryable, getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { errorForLog, log } from "@/lib/log";

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  /** What the message is about (e.g. lib/domain/privacy/retention.ts petitionMailTag), for purges. */
  about?: string;
}

export type Transport = {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};
let transport: Transport | undefined;

async function smtpTransport(url: string): Promise<Transport> {
  if (!transport) {
    const nodemailer = await import("nodemailer");
    transport = nodemailer.createTransport(url);
  }
  return transport;
}

const row = (mail: OutgoingMail) => ({
  toAddress: mail.to.toLowerCase(),
  subject: mail.subject,
  body: mail.body,
  about: mail.about ?? null,
});

/**
 * Records the message in the outbox and, when SMTP_URL is set, delivers it.
 * Call only after the transaction that caused it has committed.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const db = await getDb();
  const { SMTP_URL } = env();
  const [stored] = await db.insert(mailOutbox).values(row(mail)).returning({ id: mailOutbox.id });
  if (!SMTP_URL || !stored) return;
  await deliverMail(db, stored.id, mail, await smtpTransport(SMTP_URL));
}

/**
 * Hands one outbox message to the transport. Delivered, its body is dropped at once: a link or
 * code it carried must not stay readable in the database. A failure keeps the body and the error.
 */
export async function deliverMail(db: Queryable, id: number, mail: OutgoingMail, via: Transport): Promise<void> {
  try {
    await via.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await db.update(mailOutbox).set({ sentAt: new Date(), body: null, error: null }).where(eq(mailOutbox.id, id));
  } catch (error) {
    log.error({ err: errorForLog(error), outboxId: id }, "mail delivery failed");
    await db
      .update(mailOutbox)
      .set({ error: error instanceof Error ? error.message.slice(0, 500) : "delivery failed" })
      .where(eq(mailOutbox.id, id));
  }
}

/** Several messages at once (one insert); delivered one by one when SMTP is configured. */
export async function sendMails(mails: readonly OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  if (env().SMTP_URL) {
    for (const mail of mails) await sendMail(mail);
    return;
  }
  const db = await getDb();
  await db.insert(mailOutbox).values(mails.map(row));
}
