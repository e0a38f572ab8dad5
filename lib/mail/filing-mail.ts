import "server-only";
import { translator } from "@/lib/i18n/translator";
import { sendMail, sendMails } from "@/lib/mail/send-mail";

// Both languages in one message, like the sign-in mail: the reader's choice is not stored.

/** The citizen's receipt: reference, tracking code and where to follow the case. */
export async function sendFilingReceipt(
  to: string,
  receipt: { reference: string; trackingCode: string; trackPath: string },
): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  await sendMail({
    to,
    subject: `${zh("filing.mail.receipt.subject", { reference: receipt.reference })} / ${en("filing.mail.receipt.subject", { reference: receipt.reference })}`,
    body: [zh("filing.mail.receipt.body", receipt), "", en("filing.mail.receipt.body", receipt)].join("\n"),
  });
}

/** The lead unit's staff hear about a case dispatched to them, without the citizen's personal data. */
export async function sendDispatchNotice(
  to: readonly string[],
  notice: { reference: string; title: string; casePath: string },
): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  const subject = `${zh("filing.mail.dispatched.subject", { reference: notice.reference })} / ${en("filing.mail.dispatched.subject", { reference: notice.reference })}`;
  const body = [zh("filing.mail.dispatched.body", notice), "", en("filing.mail.dispatched.body", notice)].join("\n");
  await sendMails(to.map((address) => ({ to: address, subject, body })));
}
