// The accountability ledger (问责, docs/rules.md#supervision): measures a supervisor records against a
// unit, what caused them, and what of them is published. docs/supervision.md#accountability-ledger
// has the choices made where the rules are silent.
import { type RedactionContact, redactText } from "../privacy/redaction";

/** The measures, mildest first: the order is their severity. */
export const MEASURE_KINDS = [
  "reminder", // 提醒
  "talk", // 约谈
  "written_self_criticism", // 书面检查
  "public_criticism", // 通报批评
  "discipline_referral", // 移送纪检监察机关
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const REASON_MAX_LENGTH = 2000;
export const FOLLOW_UP_MAX_LENGTH = 4000;
export const OFFICIAL_NAME_MAX_LENGTH = 100;
/** Cases one measure may cite; more is a campaign result or a notice, not a list. */
export const MAX_LINKED_CASES = 20;

export function isMeasureKind(value: unknown): value is MeasureKind {
  return typeof value === "string" && (MEASURE_KINDS as readonly string[]).includes(value);
}

/** 0 for a reminder up to 4 for a referral to the discipline authority. */
export function severity(kind: MeasureKind): number {
  return MEASURE_KINDS.indexOf(kind);
}

/** The most severe of some measures, or null for none (a unit's heaviest measure on its page). */
export function mostSevere(kinds: readonly MeasureKind[]): MeasureKind | null {
  let worst: MeasureKind | null = null;
  for (const kind of kinds) if (worst === null || severity(kind) > severity(worst)) worst = kind;
  return worst;
}

/** What a recorded measure must satisfy beyond its form's shape, by what is known of its causes. */
export interface MeasureCheck {
  /** The local date the measure was taken on, "YYYY-MM-DD". */
  takenOn: string;
  /** Today's local date. */
  today: string;
  /** The cited cases by reference: whether each exists and was ever handled by the unit. */
  cases: readonly { reference: string; found: boolean; handledByUnit: boolean }[];
  /** The cited appraisal campaign, if any: whether it is closed (has results) and rated the unit. */
  campaign: { found: boolean; closed: boolean; ratedUnit: boolean } | null;
}

/** Field errors (message keys) of a measure; empty when it may be recorded. */
export function measureProblems(check: MeasureCheck): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, key: string) => (problems[field] ??= []).push(key);
  if (check.takenOn > check.today) add("takenOn", "dateInFuture");
  if (check.cases.length > MAX_LINKED_CASES) add("caseReferences", "tooManyCases");
  if (check.cases.some((c) => !c.found)) add("caseReferences", "caseUnknown");
  else if (check.cases.some((c) => !c.handledByUnit)) add("caseReferences", "caseNotOfUnit");
  if (check.campaign) {
    if (!check.campaign.found) add("campaignId", "campaignUnknown");
    else if (!check.campaign.closed) add("campaignId", "campaignNotClosed");
    else if (!check.campaign.ratedUnit) add("campaignId", "campaignNotOfUnit");
  }
  return problems;
}

/** Case references as typed: separated by commas, spaces or new lines, upper-cased, each once. */
export function parseCaseReferences(text: string): string[] {
  const references = text
    .split(/[\s,，、;；]+/u)
    .map((reference) => reference.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(references)];
}

/** A measure as stored, with the contacts of the cases it cites (only to redact its texts with). */
export interface LedgerMeasure {
  kind: MeasureKind;
  takenOn: string;
  reason: string;
  followUp: string | null;
  officialName: string | null;
  contacts: readonly (RedactionContact | null)[];
}

export interface PublishedMeasure {
  kind: MeasureKind;
  takenOn: string;
  reason: string;
  followUp: string | null;
  /** Only when the admin setting allows names of officials; otherwise null. */
  officialName: string | null;
}

/**
 * What the public sees of a measure: reason and follow-up without the personal data of the
 * citizens of the cited cases (docs/rules.md#privacy), and without the official's name unless
 * names are published — also where the texts quote it.
 */
export function publishedMeasure(measure: LedgerMeasure, publishNames: boolean): PublishedMeasure {
  const names = !publishNames && measure.officialName ? [measure.officialName] : [];
  const redact = (text: string) => {
    let result = redactText(text, { names });
    for (const contact of measure.contacts) if (contact) result = redactText(result, { contact });
    return result;
  };
  return {
    kind: measure.kind,
    takenOn: measure.takenOn,
    reason: redact(measure.reason),
    followUp: measure.followUp === null ? null : redact(measure.followUp),
    officialName: publishNames ? measure.officialName : null,
  };
}

/** Counts by kind, every kind present (a unit's page, the city-wide page, the open data). */
export function countByKind(kinds: readonly MeasureKind[]): Record<MeasureKind, number> {
  const counts = Object.fromEntries(MEASURE_KINDS.map((kind) => [kind, 0])) as Record<MeasureKind, number>;
  for (const kind of kinds) counts[kind] += 1;
  return counts;
}
