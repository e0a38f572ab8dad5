import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import type { Queryable } from "../client";
import { caseEvents, caseFeedback, cases, units } from "../schema";

const parentUnit = alias(units, "parent_unit");

/**
 * The facts the published figures (docs/rules.md#metrics) are computed from: one row per case a unit
 * replied to in [from, to), with the citizen's latest rating, if any. Cases without a lead unit
 * (answered directly by the dispatch centre) are no unit's work and are left out. With
 * `importedBefore`, historic cases imported at or after that instant are left out too (a frozen
 * scorecard's automatic recomputation, lib/services/scorecards/freeze.ts). `returnedByUnitIds` lists the
 * unit of each return (dispute) event, oldest first (lib/domain/metrics/return-rate.ts). With `unitId`,
 * the cases that unit replied to or returned: rows it only returned count only in its return rate.
 */
export async function listRepliedCases(
  db: Queryable,
  period: { from: Date; to: Date; unitId?: number; importedBefore?: Date | null },
) {
  const latestFeedback = db
    .selectDistinctOn([caseFeedback.caseId], {
      caseId: caseFeedback.caseId,
      contacted: caseFeedback.contacted,
      solved: caseFeedback.solved,
      satisfaction: caseFeedback.satisfaction,
    })
    .from(caseFeedback)
    .orderBy(caseFeedback.caseId, desc(caseFeedback.round))
    .as("latest_feedback");
  return db
    .select({
      caseId: cases.id,
      unitId: cases.leadUnitId,
      repliedAt: cases.repliedAt,
      signedForOnTime: cases.signedForOnTime,
      repliedOnTime: cases.repliedOnTime,
      disputeCount: cases.disputeCount,
      returnedByUnitIds: sql<number[]>`coalesce((select array_agg(${caseEvents.unitId} order by ${caseEvents.id})
        from ${caseEvents} where ${caseEvents.caseId} = ${cases.id} and ${caseEvents.event} = 'dispute'
        and ${caseEvents.unitId} is not null), '{}')`.mapWith((value: unknown) => parseIntArray(value)),
      rehandleCount: cases.rehandleCount,
      workingDaysToReply: cases.workingDaysToReply,
      feedbackContacted: latestFeedback.contacted,
      feedbackSolved: latestFeedback.solved,
      feedbackSatisfaction: latestFeedback.satisfaction,
    })
    .from(cases)
    .leftJoin(latestFeedback, eq(latestFeedback.caseId, cases.id))
    .where(
      and(
        gte(cases.repliedAt, period.from),
        lt(cases.repliedAt, period.to),
        isNotNull(cases.leadUnitId),
        period.unitId === undefined
          ? undefined
          : or(
              eq(cases.leadUnitId, period.unitId),
              sql`exists (select 1 from ${caseEvents} where ${caseEvents.caseId} = ${cases.id}
                and ${caseEvents.event} = 'dispute' and ${caseEvents.unitId} = ${period.unitId})`,
            ),
        period.importedBefore
          ? or(isNull(cases.importedAt), lt(cases.importedAt, sql`${period.importedBefore.toISOString()}::timestamptz`))
          : undefined,
      ),
    );
}
/** An int[] as the drivers return it: an array (postgres.js, PGlite) or its text form "{1,2}". */
function parseIntArray(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  if (typeof value === "string") {
    const inner = value.replace(/^\{|\}$/g, "");
    return inner === "" ? [] : inner.split(",").map(Number);
  }
  return [];
}
export type RepliedCaseRow = Awaited<ReturnType<typeof listRepliedCases>>[number];

/** Every active unit, for the public tables. */
export async function listActiveUnits(db: Queryable) {
  return db
    .select({ id: units.id, code: units.code, nameZh: units.nameZh, nameEn: units.nameEn, unitClass: units.unitClass })
    .from(units)
    .where(eq(units.active, true))
    .orderBy(asc(units.id));
}

export async function findUnitByCode(db: Queryable, code: string) {
  const [row] = await db
    .select({
      id: units.id,
      code: units.code,
      nameZh: units.nameZh,
      nameEn: units.nameEn,
      unitClass: units.unitClass,
      active: units.active,
      parentCode: parentUnit.code,
      parentZh: parentUnit.nameZh,
      parentEn: parentUnit.nameEn,
    })
    .from(units)
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .where(eq(units.code, code))
    .limit(1);
  return row ?? null;
}

/** Cases still with a unit as lead, and how many of them are past their reply deadline. */
export async function unitOpenCaseCounts(db: Queryable, unitId: number, now: Date) {
  // postgres.js cannot serialise a Date inside raw SQL: pass an ISO string and cast it.
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      open: count(),
      overdue: sql<number>`count(*) filter (where ${cases.replyDueAt} < ${at})`.mapWith(Number),
    })
    .from(cases)
    .where(and(eq(cases.leadUnitId, unitId), inArray(cases.status, [...WITH_UNIT_STATUSES])));
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
}
