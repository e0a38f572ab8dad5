import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { supervisionNotices, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type NoticeAction, mayActOnNotice, nextNoticeStatus } from "@/lib/domain/supervision/notices";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { OutgoingMail } from "@/lib/mail/outbox";

// What the use cases of supervision notices (docs/supervision.md#supervision-notices) share.

export type NoticeRow = typeof supervisionNotices.$inferSelect;

/** The notice, locked for this transaction, once the actor may take this action on it. */
export async function noticeForAction(
  tx: Queryable,
  noticeId: number,
  actor: Actor,
  action: NoticeAction,
): Promise<NoticeRow & { next: NonNullable<ReturnType<typeof nextNoticeStatus>> }> {
  const [notice] = await tx.select().from(supervisionNotices).where(eq(supervisionNotices.id, noticeId)).for("update");
  if (!notice) throw new AppError("not_found");
  // Another unit's head may not learn that the notice exists.
  if (action === "answer" && actor.unitId !== notice.unitId) throw new AppError("not_found");
  const next = nextNoticeStatus(notice.status, action);
  if (next === null) throw new AppError("invalid_transition");
  if (!mayActOnNotice(actor, notice, action)) throw new AppError("forbidden");
  return { ...notice, next };
}

/** The addresses of a unit's active heads (who answer its notices). */
export async function headsOf(tx: Queryable, unitId: number): Promise<string[]> {
  const rows = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.role, "unit_head"), eq(users.active, true)));
  return rows.map((row) => row.email);
}

export type NoticeMail = "issued" | "sentBack" | "escalated";

/** One bilingual notice mail to each address; the text names the notice, never a citizen. */
export function noticeMails(
  key: NoticeMail,
  to: readonly string[],
  values: { id: number; unitZh: string; unitEn: string; link: string },
): OutgoingMail[] {
  const zh = translator("zh-CN");
  const en = translator("en");
  const { link } = values;
  const zhValues = { id: values.id, unit: values.unitZh, link };
  const enValues = { id: values.id, unit: values.unitEn, link };
  const subject = `${zh(`notices.mail.${key}.subject`, zhValues)} / ${en(`notices.mail.${key}.subject`, enValues)}`;
  const body = [zh(`notices.mail.${key}.body`, zhValues), "", en(`notices.mail.${key}.body`, enValues)].join("\n");
  return to.map((address) => ({ to: address, subject, body, about: `notice:${values.id}` }));
}
