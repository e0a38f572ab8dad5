import { describe, expect, it } from "vitest";
import { type SigningLimitPolicy, type SigningLimitState, decideSigningLimit } from "./signing-limits";

const policy: SigningLimitPolicy = { burst: { capacity: 3, perMinute: 6 }, sustained: { capacity: 5, perMinute: 1 } };

function run(times: number[]) {
  let state: SigningLimitState = {};
  return times.map((now) => {
    const decision = decideSigningLimit(state, policy, now);
    state = decision.state;
    return decision.allowed ? "ok" : decision.exceeded;
  });
}

describe("decideSigningLimit", () => {
  it("allows a burst up to its capacity, then refuses", () => {
    expect(run([0, 0, 0, 0])).toEqual(["ok", "ok", "ok", "burst"]);
  });

  it("refills the burst at its rate (6 a minute: one every 10 s)", () => {
    expect(run([0, 0, 0, 5_000, 10_000])).toEqual(["ok", "ok", "ok", "burst", "ok"]);
  });

  it("refuses by the sustained limit when a steady stream outlasts it", () => {
    // One every 10 s keeps the burst bucket topped up, but the sustained one holds 5 and refills at 1 a minute.
    expect(run([0, 10_000, 20_000, 30_000, 40_000, 50_000])).toEqual(["ok", "ok", "ok", "ok", "ok", "sustained"]);
  });

  it("does not spend the sustained allowance on a request the burst limit refused", () => {
    const refused = decideSigningLimit({ burst: { tokens: 0, updatedAt: 0 } }, policy, 0);
    expect(refused.exceeded).toBe("burst");
    expect(refused.state.sustained.tokens).toBe(5);
  });
});
