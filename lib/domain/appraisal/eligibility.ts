// Who may rate which unit in a campaign (docs/rules.md#appraisal). A signed-in citizen rates the units
// that replied to one of their cases within the campaign period; an invited rater (one-time
// code) rates every unit of the campaign. Either rates each unit at most once.
import type { CampaignStatus } from "./vocabulary";

export interface CitizenCaseFact {
  leadUnitId: number | null;
  repliedAt: Date | null;
}

/** [from, to): instants of the campaign period's first local day and the day after its last. */
export interface PeriodInstants {
  from: Date;
  to: Date;
}

/** The campaign's units that replied to one of the citizen's cases within the period. */
export function citizenEligibleUnits(
  campaignUnitIds: readonly number[],
  cases: readonly CitizenCaseFact[],
  period: PeriodInstants,
): number[] {
  const handled = new Set<number>();
  for (const fact of cases) {
    if (fact.leadUnitId === null || fact.repliedAt === null) continue;
    if (fact.repliedAt >= period.from && fact.repliedAt < period.to) handled.add(fact.leadUnitId);
  }
  return campaignUnitIds.filter((id) => handled.has(id));
}

export type BallotRefusal = "campaign_not_open" | "not_eligible" | "already_rated" | "empty_ballot";

/**
 * Checks a ballot before it is cast: the campaign is open, every unit on it is one the rater may
 * rate and has not rated yet, and it rates at least one unit.
 */
export function ballotRefusal(
  status: CampaignStatus,
  eligibleUnitIds: readonly number[],
  ratedUnitIds: readonly number[],
  ballotUnitIds: readonly number[],
): BallotRefusal | null {
  if (status !== "open") return "campaign_not_open";
  if (ballotUnitIds.length === 0) return "empty_ballot";
  const eligible = new Set(eligibleUnitIds);
  if (ballotUnitIds.some((id) => !eligible.has(id))) return "not_eligible";
  const rated = new Set(ratedUnitIds);
  if (ballotUnitIds.some((id) => rated.has(id))) return "already_rated";
  return null;
}

/** Campaign dates are local "YYYY-MM-DD", the last day included. */
export function validCampaignPeriod(periodFrom: string, periodTo: string): boolean {
  const pattern = /^\d{4}-\d{2}-\d{2}$/;
  return pattern.test(periodFrom) && pattern.test(periodTo) && periodFrom <= periodTo;
}
