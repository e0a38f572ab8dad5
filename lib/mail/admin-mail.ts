import "server-only";
import { translator } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/send-mail";

export interface InvitationNotice {
  email: string;
  token: string;
  purpose: "invite" | "reset";
}

export type InvitationNotifier = (notice: InvitationNotice) => Promise<void>;

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/** Mails the set-password link in both languages; the reader's choice is unknown. */
export function invitationMailer(origin: string): InvitationNotifier {
  return async ({ email, token, purpose }) => {
    const url = new URL(invitationPath(token), origin).toString();
    const zh = translator("zh-CN");
    const en = translator("en");
    await sendMail({
      to: email,
      subject: `${zh(`adminPeople.mail.${purpose}.subject`)} / ${en(`adminPeople.mail.${purpose}.subject`)}`,
      body: [zh(`adminPeople.mail.${purpose}.body`, { url }), "", en(`adminPeople.mail.${purpose}.body`, { url })].join(
        "\n",
      ),
    });
  };
}
