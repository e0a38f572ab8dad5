import "server-only";
import type { Redis } from "ioredis";
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { type Queryable, getDb } from "@/db/client";
import { rateLimitCounters } from "@/db/schema";
import { type LimitPolicy, limiterWindow } from "@/lib/domain/limits/rate-policy";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Rate limits counted once for every process and server: rate-limiter-flexible over the app's
// own database (the rate_limit_counters table of migration 0024, on PostgreSQL and the embedded
// PGlite alike, through the drizzle instance db/client opens), or over Redis when REDIS_URL is set.
//
// When the store is down (Redis unreachable, a query failing), each limiter falls back to its
// insuranceLimiter: the same limit counted in this process's memory. That is fail-soft, neither
// open nor closed: filing stays online through a limiter outage, and a flood is still held back
// per process. Should even that fail, the request is let through and the failure logged.

export type LimiterBackend = { kind: "database"; db: Queryable } | { kind: "redis"; client: Redis };

export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until this subject may try again (0 when allowed). */
  retryAfterSeconds: number;
}

export interface LimiterStore {
  /** Counts one request of `subject` against the limit `name`. */
  consume(name: string, policy: LimitPolicy, subject: string): Promise<LimitDecision>;
}

// The library turns to the insurance limiter silently; an operator must hear of it (once a minute).
let warnedAt = 0;
class InsuranceLimiter extends RateLimiterMemory {
  consume(...args: Parameters<RateLimiterMemory["consume"]>): ReturnType<RateLimiterMemory["consume"]> {
    if (Date.now() - warnedAt > 60_000) {
      warnedAt = Date.now();
      log.warn({ limit: this.keyPrefix }, "rate-limit store unavailable: counting in this process only");
    }
    return super.consume(...args);
  }
}

export function createLimiterStore(backend: LimiterBackend): LimiterStore {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (name: string, policy: LimitPolicy): RateLimiterAbstract => {
    const { points, durationSeconds: duration } = limiterWindow(policy);
    // The policy is part of the prefix: a limit given another policy counts apart.
    const keyPrefix = `${name}/${points}/${duration}`;
    let limiter = limiters.get(keyPrefix);
    if (!limiter) {
      const options = {
        keyPrefix,
        points,
        duration,
        insuranceLimiter: new InsuranceLimiter({ keyPrefix, points, duration }),
      };
      limiter =
        backend.kind === "redis"
          ? new RateLimiterRedis({ ...options, storeClient: backend.client, rejectIfRedisNotReady: true })
          : new RateLimiterDrizzle({
              ...options,
              storeClient: backend.db,
              schema: rateLimitCounters,
              // Every limit shares one table, so one limiter's timer purges it for all of them.
              clearExpiredByTimeout: limiters.size === 0,
            });
      limiters.set(keyPrefix, limiter);
    }
    return limiter;
  };

  return {
    async consume(name, policy, subject) {
      try {
        await limiterFor(name, policy).consume(subject);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        // Not the subject's fault: no one is refused because the limiter is broken.
        log.warn({ limit: name, err: error instanceof Error ? error.message : String(error) }, "rate limiter failed");
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}

// A store over a database a caller holds (a test's own): one per database object.
const storesByDatabase = new WeakMap<Queryable, LimiterStore>();

export function databaseLimiterStore(db: Queryable): LimiterStore {
  let store = storesByDatabase.get(db);
  if (!store) storesByDatabase.set(db, (store = createLimiterStore({ kind: "database", db })));
  return store;
}

// One store per process, shared across Next's module layers through globalThis.
const holder = globalThis as typeof globalThis & { __answerableLimiterStore?: Promise<LimiterStore> };

/** The store this process counts in: Redis when REDIS_URL is set, else the app's database. */
export function sharedLimiterStore(): Promise<LimiterStore> {
  holder.__answerableLimiterStore ??= openSharedStore().catch((error: unknown) => {
    holder.__answerableLimiterStore = undefined;
    throw error;
  });
  return holder.__answerableLimiterStore;
}

async function openSharedStore(): Promise<LimiterStore> {
  const url = env().REDIS_URL;
  if (!url) return databaseLimiterStore(await getDb());
  const { Redis } = await import("ioredis");
  // As the library's documentation advises: no offline queue, so a request does not wait for a
  // Redis that is down; with rejectIfRedisNotReady it is counted by the insurance limiter instead.
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on("error", (error: Error) => log.warn({ err: error.message }, "rate-limit store (Redis) unreachable"));
  // The first requests wait for the connection (2 s at most) rather than count in memory.
  await new Promise((resolve) => {
    client.once("ready", resolve);
    setTimeout(resolve, 2_000).unref();
  });
  return createLimiterStore({ kind: "redis", client });
}
