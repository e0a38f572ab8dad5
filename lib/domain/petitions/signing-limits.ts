import { type BucketPolicy, type BucketState, takeToken } from "../limits/token-bucket";

// Per-address-per-petition limits: a burst bucket and a sustained bucket. A signature over
// either is still stored, but as fraudulent, so it never counts and can be reviewed.

export interface SigningLimitPolicy {
  burst: BucketPolicy;
  sustained: BucketPolicy;
}

export const DEFAULT_SIGNING_LIMITS: SigningLimitPolicy = {
  // 10 at once (a family or an office behind one address), refilling at 20 a minute …
  burst: { capacity: 10, perMinute: 20 },
  // … and at most 120 an hour from one address to one petition.
  sustained: { capacity: 120, perMinute: 2 },
};

export interface SigningLimitState {
  burst?: BucketState;
  sustained?: BucketState;
}

export interface SigningLimitDecision {
  allowed: boolean;
  /** Which limit was passed, when one was. */
  exceeded: "burst" | "sustained" | null;
  state: Required<SigningLimitState>;
}

/** Takes one token from both buckets; a request refused by one does not spend the other's. */
export function decideSigningLimit(
  state: SigningLimitState,
  policy: SigningLimitPolicy,
  now: number,
): SigningLimitDecision {
  const full = (bucket: BucketPolicy): BucketState => ({ tokens: bucket.capacity, updatedAt: now });
  const burst = takeToken(state.burst, policy.burst, now);
  const sustained = takeToken(state.sustained, policy.sustained, now);
  if (!burst.allowed)
    return {
      allowed: false,
      exceeded: "burst",
      state: { burst: burst.state, sustained: state.sustained ?? full(policy.sustained) },
    };
  if (!sustained.allowed)
    return {
      allowed: false,
      exceeded: "sustained",
      state: { burst: state.burst ?? full(policy.burst), sustained: sustained.state },
    };
  return { allowed: true, exceeded: null, state: { burst: burst.state, sustained: sustained.state } };
}
