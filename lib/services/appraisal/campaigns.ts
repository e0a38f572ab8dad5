// Setting up and running an appraisal campaign (PRODUCT.md §6): a supervisor creates it with its
// units and rules, adds invited rater groups, opens it, and closes it, which publishes the results.
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  appraisalBurstReviews,
  appraisalCampaignUnits,
  appraisalCampaigns,
  appraisalRaterCodes,
  appraisalRaterGroups,
  appraisalVotes,
  units,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { canMoveCampaign, type CampaignStatus } from "@/lib/domain/appraisal/vocabulary";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import type { CampaignInput, RaterGroupInput } from "@/lib/validation/appraisal";

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

export async function createCampaign(input: CampaignInput, actor: Actor, ctx: ServiceContext): Promise<{ id: number }> {
  const { db, now } = ctx;
  const unitIds = [...new Set(input.unitIds)];
  return db.transaction(async (tx) => {
    const known = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(inArray(units.id, unitIds), eq(units.active, true)));
    if (known.length !== unitIds.length) throw new AppError("validation", "unknown unit", { unitIds: ["unitUnknown"] });
    const [row] = await tx
      .insert(appraisalCampaigns)
      .values({
        title: input.name,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        appraisalWeight: input.appraisalWeight,
        minimumSample: input.minimumSample,
        burstThreshold: input.burstThreshold,
        bottomCount: input.bottomCount,
        networkSalt: randomBytes(32).toString("base64url"),
        createdByUserId: actor.id,
        createdAt: now,
      })
      .returning({ id: appraisalCampaigns.id });
    if (!row) throw new Error("campaign insert returned nothing");
    await tx.insert(appraisalCampaignUnits).values(unitIds.map((unitId) => ({ campaignId: row.id, unitId })));
    const { unitIds: _units, ...rules } = input;
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.create",
      subject: `appraisal:${row.id}`,
      after: { ...rules, unitIds },
      at: now,
    });
    return row;
  });
}

export async function addRaterGroup(
  { campaignId, ...input }: RaterGroupInput & { campaignId: number },
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ id: number }> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (campaign.status === "closed")
      throw new AppError("invalid_transition", "campaign closed", { form: ["campaignClosed"] });
    const [row] = await tx
      .insert(appraisalRaterGroups)
      .values({ campaignId, kind: input.kind, name: input.name, createdAt: now })
      .returning({ id: appraisalRaterGroups.id });
    if (!row) throw new Error("rater group insert returned nothing");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.add_group",
      subject: `appraisal:${campaignId}`,
      after: { groupId: row.id, ...input },
      at: now,
    });
    return row;
  });
}

async function lockCampaign(db: Queryable, campaignId: number): Promise<Campaign> {
  const [campaign] = await db
    .select()
    .from(appraisalCampaigns)
    .where(eq(appraisalCampaigns.id, campaignId))
    .for("update");
  if (!campaign) throw new AppError("not_found");
  return campaign;
}

/** draft → open (votes accepted) → closed (results published). */
export async function moveCampaign(
  { campaignId, to }: { campaignId: number; to: Exclude<CampaignStatus, "draft"> },
  actor: Actor,
  ctx: ServiceContext,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!canMoveCampaign(campaign.status, to))
      throw new AppError("invalid_transition", `${campaign.status} → ${to}`, { form: ["cannotMove"] });
    await tx
      .update(appraisalCampaigns)
      .set(to === "open" ? { status: to, openedAt: now } : { status: to, closedAt: now })
      .where(eq(appraisalCampaigns.id, campaignId));
    if (to === "closed") await reshuffleVotes(tx, campaignId);
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: `appraisal.${to}`,
      subject: `appraisal:${campaignId}`,
      before: { status: campaign.status },
      after: { status: to },
      at: now,
    });
  });
}

/**
 * Rewrites the campaign's votes in a random order, in one transaction: afterwards their physical
 * order and their transaction ids no longer follow the order they were cast in, which the order
 * of the participations still does (docs/appraisal.md, "What could re-link a vote").
 */
async function reshuffleVotes(tx: Queryable, campaignId: number): Promise<void> {
  const votes = await tx.select().from(appraisalVotes).where(eq(appraisalVotes.campaignId, campaignId));
  if (votes.length === 0) return;
  for (let i = votes.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const a = votes[i];
    const b = votes[j];
    if (a && b) [votes[i], votes[j]] = [b, a];
  }
  await tx.delete(appraisalVotes).where(eq(appraisalVotes.campaignId, campaignId));
  for (let start = 0; start < votes.length; start += 500) {
    // Fresh random ids too: an id seen before the close cannot be followed afterwards.
    await tx.insert(appraisalVotes).values(votes.slice(start, start + 500).map(({ id: _id, ...vote }) => vote));
  }
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

/** A supervisor keeps or excludes the votes of a flagged burst; the decision can be changed. */
export async function reviewBurst(
  burst: { campaignId: number; unitId: number; networkHash: string; windowStart: Date; exclude: boolean },
  actor: Actor,
  ctx: ServiceContext,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    await lockCampaign(tx, burst.campaignId);
    const match = and(
      eq(appraisalVotes.campaignId, burst.campaignId),
      eq(appraisalVotes.unitId, burst.unitId),
      eq(appraisalVotes.networkHash, burst.networkHash),
      eq(appraisalVotes.windowStart, burst.windowStart),
    );
    const [found] = await tx.select({ n: count() }).from(appraisalVotes).where(match);
    if (!found?.n) throw new AppError("not_found");
    await tx.update(appraisalVotes).set({ excluded: burst.exclude }).where(match);
    await tx
      .insert(appraisalBurstReviews)
      .values({
        campaignId: burst.campaignId,
        unitId: burst.unitId,
        networkHash: burst.networkHash,
        windowStart: burst.windowStart,
        excluded: burst.exclude,
        reviewedByUserId: actor.id,
        reviewedAt: now,
      })
      .onConflictDoUpdate({
        target: [
          appraisalBurstReviews.campaignId,
          appraisalBurstReviews.unitId,
          appraisalBurstReviews.networkHash,
          appraisalBurstReviews.windowStart,
        ],
        set: { excluded: burst.exclude, reviewedByUserId: actor.id, reviewedAt: now },
      });
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: burst.exclude ? "appraisal.exclude_burst" : "appraisal.keep_burst",
      subject: `appraisal:${burst.campaignId}`,
      after: { unitId: burst.unitId, windowStart: burst.windowStart.toISOString(), votes: found.n },
      at: now,
    });
  });
}
