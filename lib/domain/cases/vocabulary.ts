// The case vocabulary of docs/rules.md#case-types, #lifecycle and #feedback. Database enums are generated from these
// lists.

export const CASE_TYPES = [
  "complaint",
  "report",
  "help_request",
  "inquiry",
  "suggestion",
  "praise",
  "deputy_suggestion",
  "cppcc_proposal",
  "petition_response",
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CHANNELS = ["web", "phone", "letter", "visit", "email", "api", "mobile"] as const;
export type Channel = (typeof CHANNELS)[number];

export const REPLY_OUTCOMES = ["resolved", "explained", "not_supported"] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

/** Five levels, best first. The bottom two are a bad rating (差评). */
export const SATISFACTION_LEVELS = [
  "very_satisfied",
  "satisfied",
  "basically_satisfied",
  "dissatisfied",
  "very_dissatisfied",
] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export const BAD_RATINGS: ReadonlySet<SatisfactionLevel> = new Set(["dissatisfied", "very_dissatisfied"]);

/** Lawful channels a case outside the government's remit is redirected to. */
export const REDIRECT_CHANNELS = [
  "litigation",
  "arbitration",
  "administrative_review",
  "discipline_inspection",
  "information_disclosure",
  "emergency_services",
  "other_authority",
] as const;
export type RedirectChannel = (typeof REDIRECT_CHANNELS)[number];

export const UNIT_CLASSES = ["city_government", "city_bureau", "district", "street_office", "public_service"] as const;
export type UnitClass = (typeof UNIT_CLASSES)[number];

export const CLOCK_KINDS = ["hours", "working_days", "calendar_days"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
