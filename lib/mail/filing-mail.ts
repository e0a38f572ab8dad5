import "server-only";
import type { Queryable } from "@/db/client";
import { translator } from "@/lib/i18n/translator";
import { enqueueMail, enqueueSms } from "@/lib/mail/outbox";

// Both languages in one message, like the sign-in mail: the reader's choice is not stored.
// Every notice here is queued in the filing's own transaction (lib/mail/outbox.ts).

type Receipt = { reference: string; trackingCode: string; trackPath: string };

/** The citizen's receipt: reference, tracking code and where to follow the case. */
export async function queueFilingReceipt(tx: Queryable, to: string, receipt: Receipt): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  await enqueueMail(tx, {
    to,
    subject: `${zh("filing.mail.receipt.subject", { reference: receipt.reference })} / ${en("filing.mail.receipt.subject", { reference: receipt.reference })}`,
    body: [zh("filing.mail.receipt.body", receipt), "", en("filing.mail.receipt.body", receipt)].join("\n"),
  });
}

/** The same receipt as a text message, for a citizen who gave a phone number and no email. */
export async function queueFilingReceiptSms(tx: Queryable, phone: string, receipt: Receipt): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  await enqueueSms(tx, {
    to: phone,
    text: `${zh("filing.sms.receipt", receipt)} / ${en("filing.sms.receipt", receipt)}`,
  });
}

/** The lead unit's staff hear about a case dispatched to them, without the citizen's personal data. */
export async function queueDispatchNotice(
  tx: Queryable,
  to: readonly string[],
  notice: { reference: string; title: string; casePath: string },
): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  const subject = `${zh("filing.mail.dispatched.subject", { reference: notice.reference })} / ${en("filing.mail.dispatched.subject", { reference: notice.reference })}`;
  const body = [zh("filing.mail.dispatched.body", notice), "", en("filing.mail.dispatched.body", notice)].join("\n");
  await enqueueMail(
    tx,
    to.map((address) => ({ to: address, subject, body })),
  );
}
