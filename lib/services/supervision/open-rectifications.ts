import "server-only";
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import { appraisalCampaigns, rectifications, scorecardSnapshots } from "@/db/schema";
import {
  type PublishedCampaignResult,
  type PublishedMonthScorecard,
  rectificationDueAt,
  rectificationObligations,
} from "@/lib/domain/supervision/rectifications";
import { campaignResults } from "@/lib/services/appraisal/results";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import type { ServiceContext } from "@/lib/services/context";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";

/** Results published longer ago than this are not looked at (the start-up cut-off, docs/supervision.md). */
export const RECTIFICATION_LOOKBACK_DAYS = 90;

/**
 * Opens a rectification for every failing result published in the look-back window: each unit of
 * a closed campaign whose result does not pass, each red monthly scorecard (its latest version).
 * Exactly once: a unique (unit, source, campaign, month) and `on conflict do nothing`. Returns how
 * many were opened.
 */
export async function openRectifications(ctx: ServiceContext): Promise<number> {
  const since = new Date(ctx.now.getTime() - RECTIFICATION_LOOKBACK_DAYS * 86_400_000);
  const closed = await ctx.db
    .select({ id: appraisalCampaigns.id })
    .from(appraisalCampaigns)
    .where(and(eq(appraisalCampaigns.status, "closed"), gte(appraisalCampaigns.closedAt, since)));
  const campaigns: PublishedCampaignResult[] = [];
  for (const { id } of closed) {
    const campaign = await findCampaign(ctx.db, id);
    if (!campaign?.closedAt) continue;
    const results = await campaignResults(ctx.db, ctx.calendar, campaign);
    campaigns.push({
      campaignId: id,
      closedAt: campaign.closedAt,
      units: results.rows.map((row) => ({
        unitId: row.unit.id,
        passes: row.result.kind === "result" ? row.result.passes : null,
      })),
    });
  }
  const snapshots = await ctx.db
    .select({
      unitId: scorecardSnapshots.unitId,
      periodKey: scorecardSnapshots.periodKey,
      figures: scorecardSnapshots.figures,
      computedAt: scorecardSnapshots.computedAt,
    })
    .from(scorecardSnapshots)
    .where(
      and(
        eq(scorecardSnapshots.periodKind, "month"),
        isNotNull(scorecardSnapshots.unitId),
        gte(scorecardSnapshots.periodEnd, since),
      ),
    )
    .orderBy(desc(scorecardSnapshots.version));
  const latest = new Map<string, PublishedMonthScorecard>();
  for (const s of snapshots) {
    const key = `${s.unitId}:${s.periodKey}`;
    if (s.unitId === null || latest.has(key)) continue;
    latest.set(key, {
      unitId: s.unitId,
      periodKey: s.periodKey,
      light: (s.figures as Scorecard).light ?? null,
      publishedAt: s.computedAt,
    });
  }
  const obligations = rectificationObligations(campaigns, [...latest.values()]);
  let opened = 0;
  for (const o of obligations) {
    const inserted = await ctx.db
      .insert(rectifications)
      .values({
        unitId: o.unitId,
        source: o.source,
        campaignId: o.campaignId,
        periodKey: o.periodKey,
        publishedAt: o.publishedAt,
        openedAt: ctx.now,
        dueAt: rectificationDueAt(o.publishedAt, ctx.calendar),
      })
      .onConflictDoNothing()
      .returning({ id: rectifications.id });
    opened += inserted.length;
  }
  return opened;
}
