import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, afterFailedAttempt, retryDelayMs } from "./backoff";

const NOW = new Date("2026-03-02T08:00:00Z");
const MINUTE = 60_000;

describe("notice retry backoff", () => {
  it("waits one minute after the first failure and doubles each time", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * MINUTE));
  });

  it("never waits more than six hours", () => {
    expect(retryDelayMs(10)).toBe(6 * 60 * MINUTE);
    expect(retryDelayMs(50)).toBe(6 * 60 * MINUTE);
  });

  it("refuses an attempt number below one", () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });

  it("schedules the next attempt from now", () => {
    expect(afterFailedAttempt(3, NOW)).toEqual({
      status: "pending",
      nextAttemptAt: new Date(NOW.getTime() + 4 * MINUTE),
    });
  });

  it("gives up after the last attempt", () => {
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS - 1, NOW).status).toBe("pending");
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS, NOW)).toEqual({ status: "dead" });
    expect(afterFailedAttempt(2, NOW, { maxAttempts: 2 })).toEqual({ status: "dead" });
  });

  it("gives up at once on a permanent failure", () => {
    expect(afterFailedAttempt(1, NOW, { permanent: true })).toEqual({ status: "dead" });
  });

  it("spreads the attempts over about a day", () => {
    let total = 0;
    for (let n = 1; n < MAX_DELIVERY_ATTEMPTS; n++) total += retryDelayMs(n);
    expect(total).toBeGreaterThan(12 * 60 * MINUTE);
    expect(total).toBeLessThan(36 * 60 * MINUTE);
  });
});
