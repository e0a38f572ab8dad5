import "server-only";
import { and, count, eq } from "drizzle-orm";
import { appraisalBurstReviews, appraisalVotes } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import { lockCampaign } from "./campaigns";

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
