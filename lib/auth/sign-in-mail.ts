import "server-only";
import { getDb } from "@/db/client";
import { translator } from "@/lib/i18n/translator";
import { enqueueMail } from "@/lib/mail/outbox";

/**
 * Citizens sign in with a link; the message carries both languages, the reader's choice unknown.
 * A staff address gets a notice instead: staff sign in with their password.
 * Queued on its own: asking for a link changes nothing else in the database (next-auth stores
 * the token through its adapter), so there is no transaction to share. The deliverer sends it.
 */
export async function sendSignInLink(email: string, url: string, options: { staff: boolean }): Promise<void> {
  const zh = translator("zh-CN");
  const en = translator("en");
  const key = options.staff ? "mail.staffSignIn" : "mail.signIn";
  await enqueueMail(await getDb(), {
    to: email,
    subject: `${zh(`${key}.subject`)} / ${en(`${key}.subject`)}`,
    body: options.staff
      ? [zh(`${key}.body`), "", en(`${key}.body`)].join("\n")
      : [zh(`${key}.body`, { url }), "", en(`${key}.body`, { url })].join("\n"),
  });
}
