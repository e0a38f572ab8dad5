import "server-only";
import { headers } from "next/headers";
import type { LimitPolicy } from "@/lib/domain/limits/rate-policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddressFrom } from "./client-address";
import { sharedLimiterStore } from "./limiter-store";

export type { LimitPolicy };

// Every limit is counted once for all processes and servers (lib/http/limiter-store.ts): in the
// app's database, or in Redis when REDIS_URL is set. A policy is a burst and a sustained rate;
// lib/domain/limits/rate-policy.ts says how it becomes the store's fixed window.
export const LIMITS = {
  filing: { capacity: 5, perMinute: 10 },
  signIn: { capacity: 10, perMinute: 20 },
  // Password guesses and sign-in links for one account, from anywhere.
  signInAccount: { capacity: 10, perMinute: 5 },
  lookup: { capacity: 10, perMinute: 20 },
  // Suggestions while a citizen types: a burst per pause in typing.
  knowledge: { capacity: 20, perMinute: 60 },
  // Guessing one-time appraisal codes, and casting appraisal ballots.
  appraisalCode: { capacity: 5, perMinute: 5 },
  appraisalBallot: { capacity: 10, perMinute: 10 },
  openData: { capacity: 5, perMinute: 6 },
  // The petition reading API: generous, and apart from the lookups a citizen needs.
  petitionRead: { capacity: 60, perMinute: 600 },
  // Filing through the JSON API (apps and partner systems file in bursts).
  apiFiling: { capacity: 20, perMinute: 60 },
  // Open311 (docs/open311.md#limits): reads per address; service requests per client, at the key's own rate.
  open311Read: { capacity: 60, perMinute: 300 },
  open311Filing: { capacity: 30, perMinute: 30 },
  // The filing form's check step (similar cases, knowledge answers), "add my voice", and the
  // similar-petition search before a draft: each is a database search a script could hammer.
  filingCheck: { capacity: 20, perMinute: 30 },
  addVoice: { capacity: 5, perMinute: 10 },
  petitionSearch: { capacity: 10, perMinute: 20 },
} satisfies Record<string, LimitPolicy>;
export type RateLimitName = keyof typeof LIMITS;

/** The client's address (an IPv6 client's /64) as the server worked it out from the socket. */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers(), env().ANSWERABLE_CLIENT_PROOF);
}

/** Throws AppError("rate_limited") when this client has used up its limit `name`. */
export async function enforceRateLimit(
  name: RateLimitName,
  policy: LimitPolicy = LIMITS[name],
  /** What is counted: the client's address unless given (an account, a petition and address). */
  subject?: string,
): Promise<void> {
  if (env().RATE_LIMITS_DISABLED) return;
  const store = await sharedLimiterStore();
  const decision = await store.consume(name, policy, subject ?? (await clientAddress()));
  if (!decision.allowed)
    throw new AppError(
      "rate_limited",
      `retry after ${decision.retryAfterSeconds}s`,
      undefined,
      decision.retryAfterSeconds,
    );
}
