import { translator } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/send-mail";

/** Citizens sign in with a link; the message carries both languages, the reader's choice unknown. */
export async function sendSignInLink(email: string, url: string): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  await sendMail({
    to: email,
    subject: `${zh("mail.signIn.subject")} / ${en("mail.signIn.subject")}`,
    body: [zh("mail.signIn.body", { url }), "", en("mail.signIn.body", { url })].join("\n"),
  });
}
