// Issue 13, item 5: a limit is counted once for every process and server. Two limiter stores
// stand for two processes (two servers): on PostgreSQL each has a connection of its own; on
// PGlite (one process by nature) they share the one connection; on Redis each has its client.
import { randomUUID } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Connection, openDatabase } from "@/db/client";
import { rateLimitCounters } from "@/db/schema";
import { type LimiterStore, createLimiterStore } from "@/lib/http/limiter-store";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const policy = { capacity: 3, perMinute: 6 }; // 3 per 30 s

async function expectOneLimit(a: LimiterStore, b: LimiterStore, name: string) {
  const subject = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  const decisions = [];
  for (const store of [a, b, a, b]) decisions.push(await store.consume(name, policy, subject));
  expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
  expect(decisions[3]?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(decisions[3]?.retryAfterSeconds).toBeLessThanOrEqual(30);
  // Refused on both, and another subject is not held back by it.
  expect((await a.consume(name, policy, subject)).allowed).toBe(false);
  expect((await b.consume(name, policy, `${subject}-other`)).allowed).toBe(true);
}

describe.each(TEST_TARGETS)("shared rate limits on $name", (target) => {
  let connection: Connection;
  let second: Connection | undefined;
  beforeAll(async () => {
    connection = await migratedDatabase(target);
    // Another process's connection to the same PostgreSQL database (PGlite has only one).
    if (process.env.TEST_DATABASE_URL && target.name === "postgres")
      second = await openDatabase({ url: process.env.TEST_DATABASE_URL });
  }, 180_000);
  afterAll(async () => {
    await second?.close();
    await connection?.close();
  });

  it("two limiters on one database enforce one limit together", async () => {
    const a = createLimiterStore({ kind: "database", db: connection.db });
    const b = createLimiterStore({ kind: "database", db: (second ?? connection).db });
    await expectOneLimit(a, b, "filing");
    const rows = await connection.db.select().from(rateLimitCounters);
    expect(rows.some((row) => row.key.startsWith("filing/3/30:") && row.points >= 3)).toBe(true);
  });

  it("counts concurrent requests exactly (an atomic upsert)", async () => {
    const a = createLimiterStore({ kind: "database", db: connection.db });
    const b = createLimiterStore({ kind: "database", db: (second ?? connection).db });
    const subject = randomUUID();
    const decisions = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).consume("lookup", policy, subject)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
  });

  it("deletes counters that expired more than an hour ago, so the table does not grow", async () => {
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await connection.db.insert(rateLimitCounters).values([
      { key: "stale/1/1:198.51.100.1", points: 1, expire: hoursAgo },
      { key: "stale/1/1:198.51.100.2", points: 1, expire: hoursAgo },
    ]);
    // The library's own timer (every five minutes), run by a fake clock.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const store = createLimiterStore({ kind: "database", db: connection.db });
      await store.consume("signIn", policy, randomUUID());
      await vi.advanceTimersByTimeAsync(5 * 60_000 + 1);
    } finally {
      vi.useRealTimers();
    }
    const stale = async () =>
      (
        await connection.db
          .select({ n: sql<number>`count(*)::int` })
          .from(rateLimitCounters)
          .where(lt(rateLimitCounters.expire, new Date(Date.now() - 3_600_000)))
      )[0]?.n;
    await vi.waitFor(async () => expect(await stale()).toBe(0), { timeout: 5_000 });
    // Counters still in force are kept.
    expect((await connection.db.select().from(rateLimitCounters)).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)("shared rate limits on Redis", () => {
  const clients: Redis[] = [];
  afterAll(() => {
    for (const client of clients) client.disconnect();
  });

  it("two limiters with their own Redis clients enforce one limit together", async () => {
    const open = async () => {
      const client = new Redis(process.env.TEST_REDIS_URL as string, { enableOfflineQueue: false });
      clients.push(client);
      await new Promise((resolve) => client.once("ready", resolve));
      return createLimiterStore({ kind: "redis", client });
    };
    await expectOneLimit(await open(), await open(), `test-${randomUUID()}`);
  });
});

describe("when the limiter store is down", () => {
  it("falls back to the same limit in this process's memory (the insurance limiter)", async () => {
    // Nothing listens on port 1: the client never becomes ready.
    const client = new Redis("redis://127.0.0.1:1", { enableOfflineQueue: false, lazyConnect: true });
    client.on("error", () => undefined);
    try {
      const store = createLimiterStore({ kind: "redis", client });
      const subject = randomUUID();
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await store.consume("filing", policy, subject));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    } finally {
      client.disconnect();
    }
  });
});
