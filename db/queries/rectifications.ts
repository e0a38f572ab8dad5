import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Queryable } from "../client";
import { appraisalCampaigns, rectifications, units } from "../schema";

// Reads of rectifications (docs/supervision.md#rectification): the supervisors' list, the unit's
// desk and the unit's public page (through lib/services/supervision/public-rectifications.ts).

const columns = {
  id: rectifications.id,
  unitId: rectifications.unitId,
  unitCode: units.code,
  unitZh: units.nameZh,
  unitEn: units.nameEn,
  source: rectifications.source,
  campaignId: rectifications.campaignId,
  campaignName: appraisalCampaigns.title,
  periodKey: rectifications.periodKey,
  publishedAt: rectifications.publishedAt,
  openedAt: rectifications.openedAt,
  dueAt: rectifications.dueAt,
  status: rectifications.status,
  plan: rectifications.plan,
  planDoneBy: rectifications.planDoneBy,
  planFiledAt: rectifications.planFiledAt,
  report: rectifications.report,
  reportedAt: rectifications.reportedAt,
  sendBackReason: rectifications.sendBackReason,
  sendBacks: rectifications.sendBacks,
  decidedAt: rectifications.decidedAt,
  acceptedAt: rectifications.acceptedAt,
  overdueNoticeId: rectifications.overdueNoticeId,
};

/** The newest rectifications, of one unit or of all. */
export async function listRectifications(db: Queryable, options: { unitId?: number; limit?: number } = {}) {
  const where: SQL[] = [];
  if (options.unitId !== undefined) where.push(eq(rectifications.unitId, options.unitId));
  return db
    .select(columns)
    .from(rectifications)
    .innerJoin(units, eq(units.id, rectifications.unitId))
    .leftJoin(appraisalCampaigns, eq(appraisalCampaigns.id, rectifications.campaignId))
    .where(and(...where))
    .orderBy(desc(rectifications.openedAt), desc(rectifications.id))
    .limit(options.limit ?? 200);
}
export type RectificationListRow = Awaited<ReturnType<typeof listRectifications>>[number];

export async function findRectification(db: Queryable, id: number): Promise<RectificationListRow | null> {
  const [row] = await db
    .select(columns)
    .from(rectifications)
    .innerJoin(units, eq(units.id, rectifications.unitId))
    .leftJoin(appraisalCampaigns, eq(appraisalCampaigns.id, rectifications.campaignId))
    .where(eq(rectifications.id, id));
  return row ?? null;
}
