import "server-only";
import { translator } from "@/lib/i18n/translator";

// Petition mail carries both languages, like every other message: the reader's choice is not stored.

const zh = translator("zh-CN");
const en = translator("en");

export interface MailText {
  subject: string;
  body: string;
}

/** The link a signer must open and confirm on (a button, because mail scanners follow links). */
export function confirmationMail(values: { title: string; confirmUrl: string }): MailText {
  return {
    subject: `${zh("petitions.mail.confirm.subject")} / ${en("petitions.mail.confirm.subject")}`,
    body: [zh("petitions.mail.confirm.body", values), "", en("petitions.mail.confirm.body", values)].join("\n"),
  };
}

export type PetitionNews = "responseThreshold" | "debateThreshold" | "answered" | "hearing" | "moderated";

/** What signers who asked to be told (and the creator) hear at each step. */
export function newsMail(news: PetitionNews, values: { title: string; url: string }): MailText {
  return {
    subject: `${zh(`petitions.mail.${news}.subject`, values)} / ${en(`petitions.mail.${news}.subject`, values)}`,
    body: [
      zh(`petitions.mail.${news}.body`, values),
      "",
      en(`petitions.mail.${news}.body`, values),
      "",
      zh("petitions.mail.footer"),
      en("petitions.mail.footer"),
    ].join("\n"),
  };
}
