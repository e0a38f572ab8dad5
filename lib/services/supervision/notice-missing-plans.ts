import "server-only";
import { and, eq, isNull, lte } from "drizzle-orm";
import { rectifications, units } from "@/db/schema";
import { OVERDUE_PLAN_NOTICE_WORKING_DAYS, shouldNoticeMissingPlan } from "@/lib/domain/supervision/rectifications";
import { translator } from "@/lib/i18n/translator";
import type { ServiceContext } from "@/lib/services/context";
import { createNotice } from "./issue-notice";

/**
 * A rectification plan not filed by its deadline becomes a supervision notice to the unit (a key
 * notice, issued by the system, answered in 5 working days; an unanswered one escalates like any
 * other), exactly once: the rectification's `overdue_notice_id` is set under a row lock, and is
 * unique. Returns the number of notices issued.
 */
export async function noticeMissingPlans(ctx: ServiceContext): Promise<number> {
  const due = await ctx.db
    .select({ id: rectifications.id })
    .from(rectifications)
    .where(
      and(
        eq(rectifications.status, "owed"),
        isNull(rectifications.overdueNoticeId),
        lte(rectifications.dueAt, ctx.now),
      ),
    );
  const zh = translator("zh-CN");
  const en = translator("en");
  let issued = 0;
  for (const { id } of due) {
    const done = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          id: rectifications.id,
          status: rectifications.status,
          dueAt: rectifications.dueAt,
          overdueNoticeId: rectifications.overdueNoticeId,
          source: rectifications.source,
          unit: { id: units.id, nameZh: units.nameZh, nameEn: units.nameEn },
        })
        .from(rectifications)
        .innerJoin(units, eq(units.id, rectifications.unitId))
        .where(eq(rectifications.id, id))
        .for("update", { of: rectifications });
      if (!row || !shouldNoticeMissingPlan(row, ctx.now)) return false;
      const values = { id: row.id };
      const notice = await createNotice(
        tx,
        {
          unit: row.unit,
          level: "key",
          topic: `${zh("rectifications.notice.topic", values)} / ${en("rectifications.notice.topic", values)}`,
          demand: `${zh("rectifications.notice.demand", values)}\n\n${en("rectifications.notice.demand", values)}`,
          workingDays: OVERDUE_PLAN_NOTICE_WORKING_DAYS,
          issuedBy: null,
          caseIds: [],
        },
        ctx,
      );
      await tx.update(rectifications).set({ overdueNoticeId: notice.id }).where(eq(rectifications.id, id));
      return true;
    });
    if (done) issued += 1;
  }
  return issued;
}
