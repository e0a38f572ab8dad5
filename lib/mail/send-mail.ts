import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

type Transport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };
let transport: Transport | undefined;

async function smtpTransport(url: string): Promise<Transport> {
  if (!transport) {
    const nodemailer = await import("nodemailer");
    transport = nodemailer.createTransport(url);
  }
  return transport;
}

/**
 * Records the message in the outbox and, when SMTP_URL is set, delivers it.
 * Call only after the transaction that caused it has committed.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const db = await getDb();
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db.insert(mailOutbox).values({ toAddress: mail.to, subject: mail.subject, body: mail.body });
    return;
  }
  const [row] = await db
    .insert(mailOutbox)
    .values({ toAddress: mail.to, subject: mail.subject, body: mail.body })
    .returning({ id: mailOutbox.id });
  if (!row) return;
  try {
    await (
      await smtpTransport(SMTP_URL)
    ).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await markSent(row.id, null);
  } catch (error) {
    log.error(
      { err: error instanceof Error ? error.message : String(error), outboxId: row.id },
      "mail delivery failed",
    );
    await markSent(row.id, error instanceof Error ? error.message : "delivery failed");
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
  await db
    .insert(mailOutbox)
    .values(mails.map((mail) => ({ toAddress: mail.to, subject: mail.subject, body: mail.body })));
}

async function markSent(id: number, error: string | null) {
  const { eq } = await import("drizzle-orm");
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set(error ? { error } : { sentAt: new Date() })
    .where(eq(mailOutbox.id, id));
}
