import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { supervisionNoticeAnswers, supervisionNotices, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { noticeDueAt } from "@/lib/domain/supervision/notices";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { ServiceContext } from "@/lib/services/context";
import type { DecideAnswerInput } from "@/lib/validation/supervision-notices";
import { headsOf, noticeForAction, noticeMails } from "./notices";

/**
 * A supervisor accepts the unit's answer (the notice is done) or sends it back with a reason: the
 * unit owes a new answer within `workingDays` working days of today, and its heads are told.
 */
export async function decideAnswer(
  input: DecideAnswerInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  const action = input.decision === "accepted" ? "accept" : "send_back";
  return ctx.db.transaction(async (tx) => {
    const notice = await noticeForAction(tx, input.noticeId, actor, action);
    const [answer] = await tx
      .select({ id: supervisionNoticeAnswers.id })
      .from(supervisionNoticeAnswers)
      .where(and(eq(supervisionNoticeAnswers.noticeId, notice.id), isNull(supervisionNoticeAnswers.decision)))
      .orderBy(desc(supervisionNoticeAnswers.round))
      .limit(1);
    if (!answer) throw new AppError("invalid_transition");
    await tx
      .update(supervisionNoticeAnswers)
      .set({ decision: input.decision, reason: input.reason, decidedBy: actor.id, decidedAt: ctx.now })
      .where(eq(supervisionNoticeAnswers.id, answer.id));
    if (action === "accept") {
      await tx
        .update(supervisionNotices)
        .set({ status: notice.next, acceptedAt: ctx.now })
        .where(eq(supervisionNotices.id, notice.id));
      return { id: notice.id };
    }
    await tx
      .update(supervisionNotices)
      .set({ status: notice.next, dueAt: noticeDueAt(ctx.now, input.workingDays, ctx.calendar) })
      .where(eq(supervisionNotices.id, notice.id));
    const [unit] = await tx
      .select({ nameZh: units.nameZh, nameEn: units.nameEn })
      .from(units)
      .where(eq(units.id, notice.unitId));
    const link = `${ctx.appUrl}/unit/notices/${notice.id}`;
    await enqueueMail(
      tx,
      noticeMails("sentBack", await headsOf(tx, notice.unitId), {
        id: notice.id,
        unitZh: unit?.nameZh ?? "",
        unitEn: unit?.nameEn ?? "",
        link,
      }),
    );
    return { id: notice.id };
  });
}
