// A campaign's results (docs/rules.md#appraisal): the totals of each unit's lights, combined with its
// scorecard over the campaign period, ranked; the units that do not pass and the bottom ones.
// Supervisors also get the comments (redacted) and the flagged bursts.
import "server-only";
import { and, asc, count, desc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appraisalBurstReviews, appraisalCampaignUnits, appraisalCampaigns, appraisalVotes } from "@/db/schema";
import { type Burst, detectBursts } from "@/lib/domain/appraisal/bursts";
import {
  type LightCounts,
  type RankedUnit,
  type UnitAppraisalResult,
  bottomUnits,
  failingUnits,
  rankUnits,
  unitAppraisalResult,
} from "@/lib/domain/appraisal/tally";
import type { AppraisalLight } from "@/lib/domain/appraisal/vocabulary";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { redactText } from "@/lib/domain/privacy/redaction";
import { periodScorecards } from "@/lib/services/metrics/unit-scorecard";
import { loadScorecardRules } from "@/lib/services/scorecards/rules";
import { type Campaign, type CampaignUnit, campaignPeriod, campaignUnits, findCampaign } from "./campaigns";

export interface UnitRow {
  unit: CampaignUnit;
  result: UnitAppraisalResult;
}

export interface CampaignResults {
  campaign: Campaign;
  rows: UnitRow[];
  ranked: RankedUnit<CampaignUnit>[];
  failing: RankedUnit<CampaignUnit>[];
  bottom: RankedUnit<CampaignUnit>[];
}

async function lightCounts(db: Queryable, campaignId: number): Promise<Map<number, LightCounts>> {
  const rows = await db
    .select({ unitId: appraisalVotes.unitId, light: appraisalVotes.light, n: count() })
    .from(appraisalVotes)
    .where(and(eq(appraisalVotes.campaignId, campaignId), eq(appraisalVotes.excluded, false)))
    .groupBy(appraisalVotes.unitId, appraisalVotes.light);
  const counts = new Map<number, LightCounts>();
  for (const row of rows) {
    const unit = counts.get(row.unitId) ?? { green: 0, yellow: 0, red: 0 };
    unit[row.light] += row.n;
    counts.set(row.unitId, unit);
  }
  return counts;
}

/** Every unit of the campaign with its result; computed live, from the votes that count. */
export async function campaignResults(
  db: Queryable,
  calendar: WorkingCalendar,
  campaign: Campaign,
): Promise<CampaignResults> {
  const period = campaignPeriod(calendar, campaign);
  const rules = await loadScorecardRules(db, period.from);
  const [units, counts, scorecards] = await Promise.all([
    campaignUnits(db, campaign.id),
    lightCounts(db, campaign.id),
    periodScorecards(db, { month: `${campaign.periodFrom}/${campaign.periodTo}`, ...period }, rules),
  ]);
  const rows = units.map((unit) => {
    const composite = scorecards.forUnit(unit.id).metrics.compositeScore;
    const result = unitAppraisalResult(
      {
        counts: counts.get(unit.id) ?? { green: 0, yellow: 0, red: 0 },
        scorecardScore: composite.kind === "score" ? composite.value : null,
      },
      { minimumSample: campaign.minimumSample, appraisalWeight: campaign.appraisalWeight, bands: rules.bands },
    );
    return { unit, result };
  });
  const ranked = rankUnits(rows);
  return { campaign, rows, ranked, failing: failingUnits(ranked), bottom: bottomUnits(ranked, campaign.bottomCount) };
}

export interface PublishedUnitAppraisal {
  campaign: Campaign;
  result: UnitAppraisalResult;
  /** The unit's place among the units with a result, and how many there are; null with too few ratings. */
  rank: { rank: number; of: number } | null;
  bottom: boolean;
}

/** The unit's result in the most recently closed campaign that included it, or null. */
export async function latestPublishedAppraisal(
  db: Queryable,
  calendar: WorkingCalendar,
  unitId: number,
): Promise<PublishedUnitAppraisal | null> {
  const [latest] = await db
    .select({ id: appraisalCampaigns.id })
    .from(appraisalCampaigns)
    .innerJoin(appraisalCampaignUnits, eq(appraisalCampaignUnits.campaignId, appraisalCampaigns.id))
    .where(and(eq(appraisalCampaignUnits.unitId, unitId), eq(appraisalCampaigns.status, "closed")))
    .orderBy(desc(appraisalCampaigns.closedAt), desc(appraisalCampaigns.id))
    .limit(1);
  const campaign = latest ? await findCampaign(db, latest.id) : null;
  if (!campaign) return null;
  const results = await campaignResults(db, calendar, campaign);
  const row = results.rows.find((r) => r.unit.id === unitId);
  if (!row) return null;
  const ranked = results.ranked.find((r) => r.unit.id === unitId);
  return {
    campaign,
    result: row.result,
    rank: ranked ? { rank: ranked.rank, of: results.ranked.length } : null,
    bottom: results.bottom.some((r) => r.unit.id === unitId),
  };
}

export interface AppraisalComment {
  unitId: number;
  light: AppraisalLight;
  comment: string;
}

/**
 * For supervisors only: the comments, redacted once more on the way out (the rules may have
 * learnt a pattern since the vote), ordered by unit, light and text — never by when they came.
 */
export async function campaignComments(db: Queryable, campaignId: number): Promise<AppraisalComment[]> {
  const rows = await db
    .select({ unitId: appraisalVotes.unitId, light: appraisalVotes.light, comment: appraisalVotes.comment })
    .from(appraisalVotes)
    .where(
      and(
        eq(appraisalVotes.campaignId, campaignId),
        eq(appraisalVotes.excluded, false),
        isNotNull(appraisalVotes.comment),
      ),
    )
    .orderBy(asc(appraisalVotes.unitId), asc(appraisalVotes.light), asc(appraisalVotes.comment));
  return rows.flatMap((row) =>
    row.comment === null ? [] : [{ unitId: row.unitId, light: row.light, comment: redactText(row.comment) }],
  );
}

export interface ReviewedBurst extends Burst {
  /** null = not reviewed yet. */
  excluded: boolean | null;
}

/** Bursts flagged for review, with the supervisor's decision where there is one. */
export async function campaignBursts(db: Queryable, campaign: Campaign): Promise<ReviewedBurst[]> {
  const [votes, reviews] = await Promise.all([
    db
      .select({
        unitId: appraisalVotes.unitId,
        networkHash: appraisalVotes.networkHash,
        windowStart: appraisalVotes.windowStart,
        light: appraisalVotes.light,
      })
      .from(appraisalVotes)
      .where(and(eq(appraisalVotes.campaignId, campaign.id), isNotNull(appraisalVotes.networkHash))),
    db.select().from(appraisalBurstReviews).where(eq(appraisalBurstReviews.campaignId, campaign.id)),
  ]);
  const decision = new Map(reviews.map((r) => [`${r.unitId}|${r.networkHash}|${r.windowStart.getTime()}`, r.excluded]));
  return detectBursts(votes, campaign.burstThreshold).map((burst) => ({
    ...burst,
    excluded: decision.get(`${burst.unitId}|${burst.networkHash}|${burst.windowStart.getTime()}`) ?? null,
  }));
}
