// How long personal data that is only needed for a while is kept (docs/security.md).

const DAY_MS = 24 * 60 * 60 * 1000;

/** Rows created before this instant have outlived a retention of `days` days at `now`. */
export function retentionCutoff(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`retention must be a whole number of days ≥ 1, not ${days}`);
  return new Date(now.getTime() - days * DAY_MS);
}

/** The outbox's tag for messages about one petition (its signers' confirmations and news). */
export function petitionMailTag(petitionId: number): string {
  return `petition:${petitionId}`;
}
