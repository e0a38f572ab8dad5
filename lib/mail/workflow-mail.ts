import "server-only";
import { and, eq } from "drizzle-orm";
import { type Queryable, getDb } from "@/db/client";
import { caseContacts, users } from "@/db/schema";
import { translator } from "@/lib/i18n/translator";
import type { CaseRow } from "@/lib/services/cases/transition";
import { enqueueMail } from "./outbox";

import type { CitizenNotice } from "@/lib/domain/cases/notices";

function bilingual(key: CitizenNotice | "assigned", reference: string) {
  const zh = translator("zh-CN");
  const en = translator("en");
  const values = { reference, path: `/track/${reference}` };
  return {
    subject: `${zh(`workflow.mail.${key}.subject`, values)} / ${en(`workflow.mail.${key}.subject`, values)}`,
    body: [zh(`workflow.mail.${key}.body`, values), "", en(`workflow.mail.${key}.body`, values)].join("\n"),
  };
}

// Queued through `tx`, the transaction that makes the change, so the notice commits with it:
// transitionInTransaction calls these for the notices lib/domain/cases/notices.ts decides.

/** Tells the citizen what happened to their case. */
export async function notifyCitizen(row: CaseRow, notice: CitizenNotice, tx?: Queryable): Promise<void> {
  const db = tx ?? (await getDb());
  const [contact] = await db
    .select({ email: caseContacts.email })
    .from(caseContacts)
    .where(eq(caseContacts.caseId, row.id));
  if (!contact?.email) return;
  await enqueueMail(db, { to: contact.email, ...bilingual(notice, row.reference) });
}

/** Tells a unit's active staff about a case newly assigned to it. */
export async function notifyUnit(unitId: number | null, row: CaseRow, tx?: Queryable): Promise<void> {
  if (unitId === null) return;
  const db = tx ?? (await getDb());
  const staff = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true)));
  const message = bilingual("assigned", row.reference);
  await enqueueMail(
    db,
    staff.map(({ email }) => ({ to: email, ...message })),
  );
}
