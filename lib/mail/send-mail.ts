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
  const [row] = await db.insert(mailOutbox).values({ toAddress: mail.to, subject: mail.subject, body: mail.body }).returning({ id: mailOutbox.id });
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL || !row) return;
  try {
    await (await smtpTransport(SMTP_URL)).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
    await markSent(row.id, null);
  } catch (error) {
    log.error({ err: error instanceof Error ? error.message : String(error), outboxId: row.id }, "mail delivery failed");
    await markSent(row.id, error instanceof Error ? error.message : "delivery failed");
  }
}

async function markSent(id: number, error: string | null) {
  const { eq } = await import("drizzle-orm");
  const db = await getDb();
  await db.update(mailOutbox).set(error ? { error } : { sentAt: new Date() }).where(eq(mailOutbox.id, id));
}
