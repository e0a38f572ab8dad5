// When a notice that failed to go out is tried again, and when the outbox gives up on it.

/** The channels a notice travels by. */
export const NOTICE_CHANNELS = ["mail", "sms"] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * pending: waiting for its first or next attempt (a failed one keeps its last error);
 * sent: delivered, body dropped; dead: given up on, until an admin puts it back to pending.
 */
export const NOTICE_STATUSES = ["pending", "sent", "dead"] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Attempts before a notice becomes a dead letter: with the delays below, about twenty hours of retries. */
export const MAX_DELIVERY_ATTEMPTS = 12;

const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 6 * 60 * 60_000;

/**
 * The wait after the n-th failed attempt (n ≥ 1): one minute, doubling each time (1, 2, 4, … min),
 * never more than six hours. Deterministic (no jitter): several workers never pick one row twice
 * anyway (FOR UPDATE SKIP LOCKED), and a predictable schedule is easier to explain to an operator.
 */
export function retryDelayMs(failedAttempts: number): number {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) throw new RangeError("failedAttempts must be ≥ 1");
  return Math.min(FIRST_DELAY_MS * 2 ** (failedAttempts - 1), LONGEST_DELAY_MS);
}

export type AfterFailure = { status: "pending"; nextAttemptAt: Date } | { status: "dead" };

/**
 * What becomes of a notice whose attempt number `failedAttempts` has just failed at `now`:
 * tried again later, or a dead letter once the attempts are spent or the failure is permanent
 * (e.g. an SMTP 5xx "no such mailbox": trying again cannot help).
 */
export function afterFailedAttempt(
  failedAttempts: number,
  now: Date,
  options: { permanent?: boolean; maxAttempts?: number } = {},
): AfterFailure {
  const maxAttempts = options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS;
  if (options.permanent || failedAttempts >= maxAttempts) return { status: "dead" };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(failedAttempts)) };
}

/**
 * How long a worker may hold a notice it claimed for delivery. A claim older than this means the
 * worker died between taking the notice and recording the outcome: the message may or may not
 * have left. It is never sent again on its own (that could deliver it twice); it becomes a dead
 * letter an admin can retry knowingly (docs/notices.md#exactly-once-or-a-dead-letter).
 */
export const CLAIM_LEASE_MS = 5 * 60_000;
