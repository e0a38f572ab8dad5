import { describe, expect, it } from "vitest";
import { limiterWindow } from "./rate-policy";

describe("limiterWindow", () => {
  it("keeps the burst and the sustained rate: capacity points per the time they take to refill", () => {
    expect(limiterWindow({ capacity: 5, perMinute: 10 })).toEqual({ points: 5, durationSeconds: 30 });
    expect(limiterWindow({ capacity: 10, perMinute: 5 })).toEqual({ points: 10, durationSeconds: 120 });
    expect(limiterWindow({ capacity: 60, perMinute: 600 })).toEqual({ points: 60, durationSeconds: 6 });
    expect(limiterWindow({ capacity: 120, perMinute: 2 })).toEqual({ points: 120, durationSeconds: 3600 });
  });

  it("allows the same number of requests over a long time as the token bucket did", () => {
    const policy = { capacity: 20, perMinute: 30 };
    const { points, durationSeconds } = limiterWindow(policy);
    expect((points * 3600) / durationSeconds).toBe(policy.perMinute * 60);
  });

  it("rounds to whole seconds and whole points, never below one", () => {
    expect(limiterWindow({ capacity: 1, perMinute: 600 })).toEqual({ points: 1, durationSeconds: 1 });
    expect(limiterWindow({ capacity: 5, perMinute: 7 })).toEqual({ points: 5, durationSeconds: 43 });
    expect(limiterWindow({ capacity: 0.5, perMinute: 1 })).toEqual({ points: 1, durationSeconds: 60 });
  });

  it("refuses a limit that never refills", () => {
    expect(() => limiterWindow({ capacity: 5, perMinute: 0 })).toThrow();
  });
});
