import { describe, expect, it } from "vitest";
import { type BucketState, takeToken, workerShare } from "./token-bucket";

const policy = { capacity: 3, perMinute: 6 }; // burst of 3, then one every 10 s

describe("takeToken", () => {
  it("allows a burst up to the capacity, then refuses with a retry time", () => {
    let state: BucketState | undefined;
    const results = [0, 1, 2, 3].map(() => {
      const decision = takeToken(state, policy, 1_000);
      state = decision.state;
      return decision;
    });
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(10);
  });

  it("refills at the sustained rate, never above the capacity", () => {
    const empty = { tokens: 0, updatedAt: 0 };
    expect(takeToken(empty, policy, 9_999).allowed).toBe(false);
    expect(takeToken(empty, policy, 10_000).allowed).toBe(true);
    expect(takeToken(empty, policy, 3_600_000).state.tokens).toBe(2);
  });
});

describe("workerShare", () => {
  it("splits a policy between workers that each keep their own buckets", () => {
    expect(workerShare({ capacity: 10, perMinute: 20 }, 1)).toEqual({ capacity: 10, perMinute: 20 });
    expect(workerShare({ capacity: 10, perMinute: 20 }, 2)).toEqual({ capacity: 5, perMinute: 10 });
    expect(workerShare({ capacity: 5, perMinute: 6 }, 4)).toEqual({ capacity: 2, perMinute: 1.5 });
  });

  it("always lets one request through a fresh bucket", () => {
    expect(workerShare({ capacity: 3, perMinute: 3 }, 8).capacity).toBe(1);
  });
});
