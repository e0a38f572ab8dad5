import "server-only";
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appraisalCampaigns, appraisalVotes } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { canMoveCampaign, type CampaignStatus } from "@/lib/domain/appraisal/vocabulary";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import { lockCampaign } from "./campaigns";

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
