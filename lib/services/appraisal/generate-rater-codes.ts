import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appraisalCampaigns, appraisalRaterCodes, appraisalRaterGroups } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { raterCodeFromBytes } from "@/lib/domain/appraisal/rater-code";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";
import { type GeneratedCodes, hashRaterCode } from "./rater-codes";

function newRaterCode(): string {
  // 24 bytes leave room for the few rejected (biased) ones; 11 are needed.
  for (;;) {
    try {
      return raterCodeFromBytes(randomBytes(24));
    } catch {
      // Astronomically unlikely: more than 13 of 24 bytes ≥ 248. Draw again.
    }
  }
}

/** New codes for a group of a campaign that is not closed; returned once, never stored in plain. */
export async function generateRaterCodes(
  input: { campaignId: number; groupId: number; count: number },
  actor: Actor,
  ctx: ServiceContext,
): Promise<GeneratedCodes> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ group: appraisalRaterGroups, campaign: appraisalCampaigns })
      .from(appraisalRaterGroups)
      .innerJoin(appraisalCampaigns, eq(appraisalCampaigns.id, appraisalRaterGroups.campaignId))
      .where(eq(appraisalRaterGroups.id, input.groupId))
      .for("update", { of: appraisalCampaigns });
    if (!row || row.campaign.id !== input.campaignId) throw new AppError("not_found");
    if (row.campaign.status === "closed")
      throw new AppError("invalid_transition", "campaign closed", { form: ["campaignClosed"] });
    const codes = Array.from({ length: input.count }, newRaterCode);
    await tx
      .insert(appraisalRaterCodes)
      .values(codes.map((code) => ({ groupId: input.groupId, codeHash: hashRaterCode(code), createdAt: now })));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.codes",
      subject: `appraisal:${input.campaignId}`,
      after: { groupId: input.groupId, count: input.count },
      at: now,
    });
    return { campaignTitle: row.campaign.title, groupName: row.group.name, codes };
  });
}
