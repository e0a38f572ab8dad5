// Setting up and running an appraisal campaign (docs/rules.md#appraisal): a supervisor creates it with its
// units and rules, adds invited rater groups, opens it, and closes it, which publishes the results.
import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  appraisalCampaignUnits,
  appraisalCampaigns,
  appraisalRaterCodes,
  appraisalRaterGroups,
  units,
} from "@/db/schema";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { AppError } from "@/lib/errors";

export type Campaign = typeof appraisalCampaigns.$inferSelect;

/** The instants [from, to) of a campaign's period: its first local day to the day after its last. */
export function campaignPeriod(
  calendar: WorkingCalendar,
  campaign: Pick<Campaign, "periodFrom" | "periodTo">,
): { from: Date; to: Date } {
  return {
    from: calendar.startOfLocalDay(campaign.periodFrom),
    to: calendar.startOfLocalDay(calendar.addCalendarDays(campaign.periodTo, 1)),
  };
}

export async function lockCampaign(db: Queryable, campaignId: number): Promise<Campaign> {
  const [campaign] = await db
    .select()
    .from(appraisalCampaigns)
    .where(eq(appraisalCampaigns.id, campaignId))
    .for("update");
  if (!campaign) throw new AppError("not_found");
  return campaign;
}

export async function findCampaign(db: Queryable, campaignId: number): Promise<Campaign | null> {
  const [campaign] = await db.select().from(appraisalCampaigns).where(eq(appraisalCampaigns.id, campaignId));
  return campaign ?? null;
}

export async function listCampaigns(db: Queryable) {
  const unitCount = db
    .select({ campaignId: appraisalCampaignUnits.campaignId, units: count().as("units") })
    .from(appraisalCampaignUnits)
    .groupBy(appraisalCampaignUnits.campaignId)
    .as("unit_count");
  return db
    .select({ campaign: appraisalCampaigns, units: sql<number>`coalesce(${unitCount.units}, 0)`.mapWith(Number) })
    .from(appraisalCampaigns)
    .leftJoin(unitCount, eq(unitCount.campaignId, appraisalCampaigns.id))
    .orderBy(desc(appraisalCampaigns.createdAt), desc(appraisalCampaigns.id));
}

export async function campaignUnits(db: Queryable, campaignId: number) {
  return db
    .select({ id: units.id, code: units.code, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(appraisalCampaignUnits)
    .innerJoin(units, eq(units.id, appraisalCampaignUnits.unitId))
    .where(eq(appraisalCampaignUnits.campaignId, campaignId))
    .orderBy(asc(units.id));
}
export type CampaignUnit = Awaited<ReturnType<typeof campaignUnits>>[number];

/** The invited groups with how many codes each was given and how many have been used. */
export async function campaignRaterGroups(db: Queryable, campaignId: number) {
  return db
    .select({
      id: appraisalRaterGroups.id,
      kind: appraisalRaterGroups.kind,
      name: appraisalRaterGroups.name,
      codes: sql<number>`count(${appraisalRaterCodes.id})`.mapWith(Number),
      used: sql<number>`count(${appraisalRaterCodes.usedOn})`.mapWith(Number),
    })
    .from(appraisalRaterGroups)
    .leftJoin(appraisalRaterCodes, eq(appraisalRaterCodes.groupId, appraisalRaterGroups.id))
    .where(eq(appraisalRaterGroups.campaignId, campaignId))
    .groupBy(appraisalRaterGroups.id)
    .orderBy(asc(appraisalRaterGroups.id));
}
