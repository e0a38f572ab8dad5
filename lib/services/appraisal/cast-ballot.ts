import "server-only";
import { eq } from "drizzle-orm";
import { appraisalCampaigns, appraisalParticipations, appraisalRaterCodes, appraisalVotes, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { voteWindowStart } from "@/lib/domain/appraisal/bursts";
import { ballotRefusal } from "@/lib/domain/appraisal/eligibility";
import { redactText } from "@/lib/domain/privacy/redaction";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import type { BallotEntry } from "@/lib/validation/appraisal";
import { findCodeRater } from "./rater-codes";
import { campaignUnitIds, citizenEligibleUnitIds, networkHash, ratedUnitIds, type Rater } from "./ballots";

export interface CastBallot {
  campaignId: number;
  rater: Rater;
  entries: readonly BallotEntry[];
  /** The client address; only a keyed hash of its network is kept. */
  address: string;
}

function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

function refuse(key: string): never {
  throw new AppError(
    key === "campaign_not_open" ? "invalid_transition" : key === "already_rated" ? "conflict" : "validation",
    key,
    { form: [key] },
  );
}

export async function castBallot(
  ballot: CastBallot,
  _actor: Actor | null,
  ctx: ServiceContext,
): Promise<{ rated: number }> {
  const { db, calendar, now } = ctx;
  try {
    return await db.transaction(async (tx) => {
      // Shared lock: ballots run side by side, but never past a close (which takes the row for update).
      const [campaign] = await tx
        .select()
        .from(appraisalCampaigns)
        .where(eq(appraisalCampaigns.id, ballot.campaignId))
        .for("share");
      if (!campaign) throw new AppError("not_found");
      const unitIds = ballot.entries.map((entry) => entry.unitId);
      if (new Set(unitIds).size !== unitIds.length) refuse("already_rated");

      let who: { citizenUserId: string } | { raterCodeId: number };
      let eligible: number[];
      let names: string[] = [];
      if (ballot.rater.kind === "citizen") {
        const [user] = await tx
          .select({ id: users.id, name: users.name, role: users.role, active: users.active })
          .from(users)
          .where(eq(users.id, ballot.rater.userId));
        if (!user?.active || user.role !== "citizen") refuse("not_eligible");
        who = { citizenUserId: user.id };
        eligible = await citizenEligibleUnitIds(tx, calendar, campaign, user.id);
        names = user.name ? [user.name] : [];
      } else {
        const rater = await findCodeRater(tx, ballot.rater.code, { forUpdate: true });
        if (!rater || rater.campaignId !== campaign.id) refuse("code_unknown");
        if (rater.used) refuse("code_used");
        who = { raterCodeId: rater.codeId };
        eligible = await campaignUnitIds(tx, campaign.id);
      }
      const refusal = ballotRefusal(campaign.status, eligible, await ratedUnitIds(tx, campaign.id, who), unitIds);
      if (refusal) refuse(refusal);

      await tx
        .insert(appraisalParticipations)
        .values(unitIds.map((unitId) => ({ campaignId: campaign.id, unitId, ...who })));
      const hash = networkHash(campaign.networkSalt, ballot.address);
      const windowStart = voteWindowStart(now);
      await tx.insert(appraisalVotes).values(
        ballot.entries.map((entry) => ({
          campaignId: campaign.id,
          unitId: entry.unitId,
          light: entry.light,
          // Redacted before storing: the raw comment, which might name the rater, never persists.
          comment: entry.comment === null ? null : redactText(entry.comment, { names }),
          networkHash: hash,
          windowStart,
        })),
      );
      if ("raterCodeId" in who)
        await tx
          .update(appraisalRaterCodes)
          .set({ usedOn: calendar.localDate(now) })
          .where(eq(appraisalRaterCodes.id, who.raterCodeId));
      return { rated: unitIds.length };
    });
  } catch (error) {
    // Two ballots from the same rater at once: the unique constraint decides, the second is refused.
    if (isUniqueViolation(error)) refuse("already_rated");
    throw error;
  }
}
