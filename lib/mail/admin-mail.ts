import "server-only";
import { type Queryable, getDb } from "@/db/client";
import { translator } from "@/lib/i18n/translator";
import { enqueueMail } from "@/lib/mail/outbox";

export interface InvitationNotice {
  email: string;
  token: string;
  purpose: "invite" | "reset";
}

/** `tx`: the transaction that issued the token, to queue the mail in; without it, queued alone. */
export type InvitationNotifier = (notice: InvitationNotice, tx?: Queryable) => Promise<void>;

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/** Mails the set-password link in both languages; the reader's choice is unknown. */
export function invitationMailer(origin: string): InvitationNotifier {
  return async ({ email, token, purpose }, tx) => {
    const url = new URL(invitationPath(token), origin).toString();
    const zh = translator("zh-CN");
    const en = translator("en");
    await enqueueMail(tx ?? (await getDb()), {
      to: email,
      subject: `${zh(`adminPeople.mail.${purpose}.subject`)} / ${en(`adminPeople.mail.${purpose}.subject`)}`,
      body: [zh(`adminPeople.mail.${purpose}.body`, { url }), "", en(`adminPeople.mail.${purpose}.body`, { url })].join(
        "\n",
      ),
    });
  };
}
