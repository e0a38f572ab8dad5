import "server-only";
import { count, eq } from "drizzle-orm";
import { supervisionNoticeAnswers, supervisionNotices } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "@/lib/services/context";
import type { AnswerNoticeInput } from "@/lib/validation/supervision-notices";
import { noticeForAction } from "./notices";

/**
 * The unit's head answers a notice: what was done, by when. An answer after the deadline is taken
 * and recorded as late (its deadline is frozen on the answer).
 */
export async function answerNotice(
  input: AnswerNoticeInput,
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  return ctx.db.transaction(async (tx) => {
    const notice = await noticeForAction(tx, input.noticeId, actor, "answer");
    const [rounds] = await tx
      .select({ n: count() })
      .from(supervisionNoticeAnswers)
      .where(eq(supervisionNoticeAnswers.noticeId, notice.id));
    await tx.insert(supervisionNoticeAnswers).values({
      noticeId: notice.id,
      round: Number(rounds?.n ?? 0) + 1,
      actions: input.actions,
      doneBy: input.doneBy,
      answeredBy: actor.id,
      answeredAt: ctx.now,
      dueAt: notice.dueAt,
    });
    await tx.update(supervisionNotices).set({ status: notice.next }).where(eq(supervisionNotices.id, notice.id));
    return { id: notice.id };
  });
}
