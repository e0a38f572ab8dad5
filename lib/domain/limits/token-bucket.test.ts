import { describe, expect, it } from "vitest";
import { type BucketState, takeToken } from "./token-bucket";

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
