import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import type { Rater } from "@/lib/services/appraisal/ballots";
import { citizenEligibleUnitIds, ratedUnitIds } from "@/lib/services/appraisal/ballots";
import { type Campaign, type CampaignUnit, campaignUnits, findCampaign } from "@/lib/services/appraisal/campaigns";
import { findCodeRater } from "@/lib/services/appraisal/rater-codes";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

// An invited rater's code travels in an httpOnly cookie scoped to these pages, never in a URL.
const CODE_COOKIE = "appraisal-code";
const CODE_MAX_AGE_SECONDS = 2 * 60 * 60;

/** Only in server actions, where cookies may be set. */
export async function rememberRaterCode(code: string): Promise<void> {
  (await cookies()).set(CODE_COOKIE, code, {
    httpOnly: true,
    sameSite: "lax",
    maxAge: CODE_MAX_AGE_SECONDS,
    path: "/appraisals",
  });
}

export async function forgetRaterCode(): Promise<void> {
  (await cookies()).delete({ name: CODE_COOKIE, path: "/appraisals" });
}

export interface Ballot {
  campaign: Campaign;
  rater: Rater;
  /** The units still to rate on this ballot. */
  units: CampaignUnit[];
}

/**
 * The ballot the visitor may fill in for this campaign: with a valid unused code for it, every
 * unit; as a signed-in citizen, the eligible units not rated yet. Null when there is none.
 */
export async function ballotFor(campaignId: number): Promise<Ballot | null> {
  const db = await getDb();
  const campaign = await findCampaign(db, campaignId);
  if (!campaign || campaign.status !== "open") return null;
  const units = await campaignUnits(db, campaign.id);
  const code = (await cookies()).get(CODE_COOKIE)?.value;
  if (code) {
    const rater = await findCodeRater(db, code);
    if (rater && rater.campaignId === campaign.id && !rater.used)
      return { campaign, rater: { kind: "code", code }, units };
  }
  const actor = await currentActor();
  if (actor?.role !== "citizen") return null;
  const calendar = await loadCalendar(db);
  const [eligible, rated] = await Promise.all([
    citizenEligibleUnitIds(db, calendar, campaign, actor.id),
    ratedUnitIds(db, campaign.id, { citizenUserId: actor.id }),
  ]);
  const open = new Set(eligible.filter((id) => !rated.includes(id)));
  return { campaign, rater: { kind: "citizen", userId: actor.id }, units: units.filter((u) => open.has(u.id)) };
}
