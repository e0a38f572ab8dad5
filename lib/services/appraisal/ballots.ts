// Casting a ballot (docs/rules.md#appraisal). In one transaction: the rater's participation rows (who
// rated which unit — the database refuses a second one), the votes (how — with no link to the
// rater), and for an invited rater the code marked used. The address is reduced to a keyed hash
// of its network before anything is stored.
import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, gte, inArray, isNotNull, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appraisalCampaignUnits, appraisalCampaigns, appraisalParticipations, cases } from "@/db/schema";
import { citizenEligibleUnits } from "@/lib/domain/appraisal/eligibility";
import { networkOf } from "@/lib/domain/appraisal/network";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { env } from "@/lib/env";
import { type Campaign, campaignPeriod } from "./campaigns";

export type Rater = { kind: "citizen"; userId: string } | { kind: "code"; code: string };

/** Keyed with the server secret and the campaign's salt: not reversible by trying all networks from the database alone. */
export function networkHash(campaignSalt: string, address: string): string | null {
  const network = networkOf(address);
  if (!network) return null;
  return createHmac("sha256", `${env().AUTH_SECRET ?? ""}|${campaignSalt}`)
    .update(network)
    .digest("hex");
}

export async function campaignUnitIds(db: Queryable, campaignId: number): Promise<number[]> {
  const rows = await db
    .select({ unitId: appraisalCampaignUnits.unitId })
    .from(appraisalCampaignUnits)
    .where(eq(appraisalCampaignUnits.campaignId, campaignId));
  return rows.map((row) => row.unitId);
}

/** The campaign units this citizen may rate: a case of theirs replied by the unit in the period. */
export async function citizenEligibleUnitIds(
  db: Queryable,
  calendar: WorkingCalendar,
  campaign: Campaign,
  userId: string,
): Promise<number[]> {
  const unitIds = await campaignUnitIds(db, campaign.id);
  if (unitIds.length === 0) return [];
  const period = campaignPeriod(calendar, campaign);
  const facts = await db
    .select({ leadUnitId: cases.leadUnitId, repliedAt: cases.repliedAt })
    .from(cases)
    .where(
      and(
        eq(cases.citizenUserId, userId),
        inArray(cases.leadUnitId, unitIds),
        isNotNull(cases.repliedAt),
        gte(cases.repliedAt, period.from),
        lt(cases.repliedAt, period.to),
      ),
    );
  return citizenEligibleUnits(unitIds, facts, period);
}

/** The units this rater has already rated in the campaign. */
export async function ratedUnitIds(
  db: Queryable,
  campaignId: number,
  rater: { citizenUserId: string } | { raterCodeId: number },
): Promise<number[]> {
  const who =
    "citizenUserId" in rater
      ? eq(appraisalParticipations.citizenUserId, rater.citizenUserId)
      : eq(appraisalParticipations.raterCodeId, rater.raterCodeId);
  const rows = await db
    .select({ unitId: appraisalParticipations.unitId })
    .from(appraisalParticipations)
    .where(and(eq(appraisalParticipations.campaignId, campaignId), who));
  return rows.map((row) => row.unitId);
}

export interface CitizenCampaign {
  campaign: Campaign;
  eligibleUnitIds: number[];
  ratedUnitIds: number[];
}

/** Open campaigns in which this citizen may rate at least one unit, with what they rated already. */
export async function citizenCampaigns(
  db: Queryable,
  calendar: WorkingCalendar,
  userId: string,
): Promise<CitizenCampaign[]> {
  const open = await db.select().from(appraisalCampaigns).where(eq(appraisalCampaigns.status, "open"));
  const result: CitizenCampaign[] = [];
  for (const campaign of open) {
    const eligible = await citizenEligibleUnitIds(db, calendar, campaign, userId);
    if (eligible.length === 0) continue;
    result.push({
      campaign,
      eligibleUnitIds: eligible,
      ratedUnitIds: await ratedUnitIds(db, campaign.id, { citizenUserId: userId }),
    });
  }
  return result;
}
