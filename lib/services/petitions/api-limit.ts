import { type BucketPolicy, type BucketState, takeToken } from "@/lib/domain/limits/token-bucket";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/rate-limit";

// The petition reading API's own buckets, per client address and process (apart from the
// tracking lookups' buckets, so a reader of open data never locks out a citizen's lookup).
const READ_POLICY: BucketPolicy = { capacity: 60, perMinute: 600 };
const buckets = new Map<string, BucketState>();
const MAX_KEYS = 50_000;

export async function enforcePetitionReadLimit(): Promise<void> {
  if (env().RATE_LIMITS_DISABLED) return;
  const key = await clientAddress();
  const decision = takeToken(buckets.get(key), READ_POLICY, Date.now());
  if (buckets.size >= MAX_KEYS) buckets.clear();
  buckets.set(key, decision.state);
  if (!decision.allowed) throw new AppError("rate_limited", `retry after ${decision.retryAfterSeconds}s`);
}
