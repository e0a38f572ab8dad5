import "server-only";
import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { supervisionCards, supervisionNotices, units } from "@/db/schema";
import { workingDaysOverdue } from "@/lib/domain/deadlines/traffic-light";
import { shouldEscalate } from "@/lib/domain/supervision/notices";
import { enqueueMail } from "@/lib/mail/outbox";
import type { ServiceContext } from "@/lib/services/context";
import { headsOf, noticeMails } from "./notices";

const parent = alias(units, "parent_unit");

/**
 * Escalates every notice whose answer is overdue, each exactly once: `escalated_at` is stamped by
 * a conditional update, so a second run or a second worker finds nothing to do. The unit gets a
 * red card (a supervision record, counted on its public page) and the heads of its superior unit
 * are told, in the same transaction. Returns the number of notices escalated.
 */
export async function escalateOverdueNotices(ctx: ServiceContext): Promise<number> {
  const due = await ctx.db
    .select({ id: supervisionNotices.id })
    .from(supervisionNotices)
    .where(
      and(
        inArray(supervisionNotices.status, ["issued", "sent_back"]),
        isNull(supervisionNotices.escalatedAt),
        lte(supervisionNotices.dueAt, ctx.now),
      ),
    );
  let escalated = 0;
  for (const { id } of due) {
    const done = await ctx.db.transaction(async (tx) => {
      const [notice] = await tx
        .select({
          id: supervisionNotices.id,
          unitId: supervisionNotices.unitId,
          status: supervisionNotices.status,
          dueAt: supervisionNotices.dueAt,
          escalatedAt: supervisionNotices.escalatedAt,
          parentId: units.parentId,
          unitZh: units.nameZh,
          unitEn: units.nameEn,
          unitCode: units.code,
        })
        .from(supervisionNotices)
        .innerJoin(units, eq(units.id, supervisionNotices.unitId))
        .leftJoin(parent, eq(parent.id, units.parentId))
        .where(eq(supervisionNotices.id, id))
        .for("update", { of: supervisionNotices });
      if (!notice || !shouldEscalate(notice, ctx.now)) return false;
      await tx.update(supervisionNotices).set({ escalatedAt: ctx.now }).where(eq(supervisionNotices.id, id));
      await tx
        .insert(supervisionCards)
        .values({
          noticeId: id,
          unitId: notice.unitId,
          kind: "red",
          dueAt: notice.dueAt,
          workingDaysLate: workingDaysOverdue(ctx.now, notice.dueAt, ctx.calendar),
          issuedAt: ctx.now,
        })
        .onConflictDoNothing({ target: [supervisionCards.noticeId, supervisionCards.kind] });
      if (notice.parentId !== null) {
        const link = `${ctx.appUrl}/transparency/units/${notice.unitCode}`;
        await enqueueMail(
          tx,
          noticeMails("escalated", await headsOf(tx, notice.parentId), {
            id,
            unitZh: notice.unitZh,
            unitEn: notice.unitEn,
            link,
          }),
        );
      }
      return true;
    });
    if (done) escalated += 1;
  }
  return escalated;
}
