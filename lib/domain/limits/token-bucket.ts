// A token bucket: `capacity` requests at once (the burst), refilled at `perMinute` (the sustained rate).
export interface BucketPolicy {
  capacity: number;
  perMinute: number;
}

export interface BucketState {
  tokens: number;
  updatedAt: number; // ms since epoch
}

export interface BucketDecision {
  allowed: boolean;
  state: BucketState;
  /** Seconds until one request would be allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

export function takeToken(state: BucketState | undefined, policy: BucketPolicy, now: number): BucketDecision {
  const refillPerMs = policy.perMinute / 60_000;
  const current = state
    ? Math.min(policy.capacity, state.tokens + (now - state.updatedAt) * refillPerMs)
    : policy.capacity;
  if (current >= 1) return { allowed: true, state: { tokens: current - 1, updatedAt: now }, retryAfterSeconds: 0 };
  const wait = refillPerMs > 0 ? Math.ceil((1 - current) / refillPerMs / 1000) : Infinity;
  return { allowed: false, state: { tokens: current, updatedAt: now }, retryAfterSeconds: wait };
}

/**
 * One worker's share of a policy when `workers` processes each keep their own buckets: the
 * connections of a client are spread over the workers, so together they allow about the policy.
 */
export function workerShare(policy: BucketPolicy, workers: number): BucketPolicy {
  if (!(workers > 1)) return policy;
  return { capacity: Math.max(1, Math.ceil(policy.capacity / workers)), perMinute: policy.perMinute / workers };
}
