// Casting a ballot (PRODUCT.md §6). In one transaction: the rater's participation rows (who
// rated which unit — the database refuses a second one), the votes (how — with no link to the
// rater), and for an invited rater the code marked used. The address is reduced to a keyed hash
// of its network before anything is stored.
import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, gte, inArray, isNotNull, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  appraisalCampaignUnits,
  appraisalCampaigns,
  appraisalParticipations,
  appraisalRaterCodes,
  appraisalVotes,
  cases,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { voteWindowStart } from "@/lib/domain/appraisal/bursts";
import { ballotRefusal, citizenEligibleUnits } from "@/lib/domain/appraisal/eligibility";
import { networkOf } from "@/lib/domain/appraisal/network";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { redactText } from "@/lib/domain/privacy/redaction";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import type { BallotEntry } from "@/lib/validation/appraisal";
import { type Campaign, campaignPeriod } from "./campaigns";
import { findCodeRater } from "./rater-codes";

export type Rater = { kind: "citizen"; userId: string } | { kind: "code"; code: string };

/** Keyed with the server secret and the campaign's salt: not reversible by trying all networks from the database alone. */
export function networkHash(campaignSalt: string, address: string): string | null {
  const network = networkOf(address);
  if (!network) return null;
  return createHmac("sha256", `${env().AUTH_SECRET ?? ""}|${campaignSalt}`)
    .update(network)
    .digest("hex");
}

async function campaignUnitIds(db: Queryable, campaignId: number): Promise<number[]> {
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
