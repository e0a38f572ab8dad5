// The life of a petition (docs/rules.md#petitions): one transition table plus the named sets that drive
// queries, pages and buttons.

export const PETITION_STATUSES = ["draft", "gathering", "moderation", "open", "closed", "rejected"] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

export const PETITION_EVENTS = ["publish_for_support", "submit_for_moderation", "approve", "reject", "close"] as const;
export type PetitionEvent = (typeof PETITION_EVENTS)[number];

export const PETITION_TRANSITIONS: Record<PetitionStatus, Partial<Record<PetitionEvent, PetitionStatus>>> = {
  draft: { publish_for_support: "gathering" },
  gathering: { submit_for_moderation: "moderation" },
  moderation: { approve: "open", reject: "rejected" },
  open: { close: "closed" },
  closed: {},
  rejected: {},
};

export function nextPetitionStatus(from: PetitionStatus, event: PetitionEvent): PetitionStatus | null {
  return PETITION_TRANSITIONS[from][event] ?? null;
}

/** Statuses in which a signature may be given: supporters while gathering, anyone while open. */
export const SIGNABLE_STATUSES: ReadonlySet<PetitionStatus> = new Set(["gathering", "open"]);
/** Statuses whose signature counts the batch job keeps fresh. */
export const COUNTED_STATUSES: readonly PetitionStatus[] = ["gathering", "moderation", "open"];
/** Statuses shown to the public (rejected ones only without a hiding reason). */
export const PUBLIC_STATUSES: readonly PetitionStatus[] = ["open", "closed", "rejected"];

/** Why a moderator rejects; the last three hide the petition from the public. */
export const REJECTION_CODES = [
  "duplicate",
  "not_remit",
  "already_happening",
  "unclear",
  "other_channel",
  "offensive",
  "personal_data",
  "libel",
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export const HIDING_REJECTION_CODES: ReadonlySet<RejectionCode> = new Set(["offensive", "personal_data", "libel"]);

export function isPubliclyVisible(petition: { status: PetitionStatus; rejectionCode: RejectionCode | null }): boolean {
  if (petition.status === "rejected")
    return petition.rejectionCode === null || !HIDING_REJECTION_CODES.has(petition.rejectionCode);
  return PUBLIC_STATUSES.includes(petition.status);
}

/** The list's tabs: where a public petition stands from a reader's point of view. */
export const PETITION_STAGES = ["open", "awaiting_answer", "answered", "closed", "rejected"] as const;
export type PetitionStage = (typeof PETITION_STAGES)[number];

export function petitionStage(p: {
  status: PetitionStatus;
  responseThresholdAt: Date | null;
  answeredAt: Date | null;
}): PetitionStage | null {
  if (p.status === "rejected") return "rejected";
  if (p.status !== "open" && p.status !== "closed") return null;
  if (p.answeredAt) return "answered";
  if (p.responseThresholdAt) return "awaiting_answer";
  return p.status;
}

export const SIGNATURE_STATUSES = ["pending", "validated", "fraudulent", "invalidated"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const BLOCK_KINDS = ["ip_range", "domain", "email"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
