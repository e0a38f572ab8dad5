import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseContacts, users } from "@/db/schema";
import { translator } from "@/lib/i18n/translator";
import type { CaseRow } from "@/lib/services/cases/transition";
import { sendMail } from "./send-mail";

export type CitizenNotice = "dispatched" | "extended" | "replied" | "redirected" | "answered" | "merged";

function bilingual(key: CitizenNotice | "assigned", reference: string) {
  const zh = translator("zh-CN");
  const en = translator("en");
  const values = { reference, path: `/track/${reference}` };
  return {
    subject: `${zh(`workflow.mail.${key}.subject`, values)} / ${en(`workflow.mail.${key}.subject`, values)}`,
    body: [zh(`workflow.mail.${key}.body`, values), "", en(`workflow.mail.${key}.body`, values)].join("\n"),
  };
}

/** Tells the citizen what happened to their case. Sent after the change has committed. */
export async function notifyCitizen(row: CaseRow, notice: CitizenNotice): Promise<void> {
  const db = await getDb();
  const [contact] = await db
    .select({ email: caseContacts.email })
    .from(caseContacts)
    .where(eq(caseContacts.caseId, row.id));
  if (!contact?.email) return;
  await sendMail({ to: contact.email, ...bilingual(notice, row.reference) });
}

/** Tells a unit's active staff about a case newly assigned to it. */
export async function notifyUnit(unitId: number | null, row: CaseRow): Promise<void> {
  if (unitId === null) return;
  const db = await getDb();
  const staff = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true)));
  const message = bilingual("assigned", row.reference);
  for (const { email } of staff) await sendMail({ to: email, ...message });
}
