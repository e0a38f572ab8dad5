import type { LimitPolicy } from "../limits/rate-policy";

// Per-address-per-petition limits: a burst limit and a sustained one, counted in the shared
// limiter store (lib/services/petitions/sign-petition.ts). A signature over either is still
// stored, but as fraudulent, so it never counts and can be reviewed.

export interface SigningLimitPolicy {
  burst: LimitPolicy;
  sustained: LimitPolicy;
}

export const DEFAULT_SIGNING_LIMITS: SigningLimitPolicy = {
  // 10 at once (a family or an office behind one address), 20 a minute: 10 per 30 s …
  burst: { capacity: 10, perMinute: 20 },
  // … and at most 120 an hour from one address to one petition.
  sustained: { capacity: 120, perMinute: 2 },
};
