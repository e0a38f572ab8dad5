// The vocabulary of appraisal campaigns (民主评议, #appraisal). The database enums are
// generated from these lists, so the rules and the tables agree.

export const APPRAISAL_LIGHTS = ["green", "yellow", "red"] as const;
export type AppraisalLight = (typeof APPRAISAL_LIGHTS)[number];

/** draft: being set up; open: raters vote; closed: results published, no more votes. */
export const CAMPAIGN_STATUSES = ["draft", "open", "closed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Invited rater groups; citizens who had a case with the unit need no group. */
export const RATER_GROUP_KINDS = ["deputies", "cppcc", "business", "other"] as const;
export type RaterGroupKind = (typeof RATER_GROUP_KINDS)[number];

export function isAppraisalLight(value: unknown): value is AppraisalLight {
  return typeof value === "string" && (APPRAISAL_LIGHTS as readonly string[]).includes(value);
}

export function isRaterGroupKind(value: unknown): value is RaterGroupKind {
  return typeof value === "string" && (RATER_GROUP_KINDS as readonly string[]).includes(value);
}

const NEXT_STATUS: Record<CampaignStatus, CampaignStatus | null> = { draft: "open", open: "closed", closed: null };

/** A campaign only moves forward: draft → open → closed. */
export function canMoveCampaign(from: CampaignStatus, to: CampaignStatus): boolean {
  return NEXT_STATUS[from] === to;
}
