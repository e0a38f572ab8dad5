import "server-only";
import { translator } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/send-mail";

/**
 * Citizens sign in with a link; the message carries both languages, the reader's choice unknown.
 * A staff address gets a notice instead: staff sign in with their password.
 */
export async function sendSignInLink(email: string, url: string, options: { staff: boolean }): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  const key = options.staff ? "mail.staffSignIn" : "mail.signIn";
  await sendMail({
    to: email,
    subject: `${zh(`${key}.subject`)} / ${en(`${key}.subject`)}`,
    body: options.staff
      ? [zh(`${key}.body`), "", en(`${key}.body`)].join("\n")
      : [zh(`${key}.body`, { url }), "", en(`${key}.body`, { url })].join("\n"),
  });
}
