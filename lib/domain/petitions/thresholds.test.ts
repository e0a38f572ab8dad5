import { describe, expect, it } from "vitest";
import { progressPercent, stampThresholds } from "./thresholds";

const T = { response: 100, debate: 1000 };
const t0 = new Date("2026-03-01T00:00:00Z");
const t1 = new Date("2026-03-02T00:00:00Z");
const none = { responseThresholdAt: null, debateThresholdAt: null };

describe("stampThresholds", () => {
  it("stamps nothing below the first threshold", () => {
    expect(stampThresholds(99, none, T, t0)).toEqual({ ...none, crossed: [], dropped: [] });
  });

  it("stamps the response threshold at the count that reaches it", () => {
    expect(stampThresholds(100, none, T, t0)).toEqual({
      responseThresholdAt: t0,
      debateThresholdAt: null,
      crossed: ["response"],
      dropped: [],
    });
  });

  it("keeps the first stamp's time on later refreshes", () => {
    const after = stampThresholds(150, { responseThresholdAt: t0, debateThresholdAt: null }, T, t1);
    expect(after.responseThresholdAt).toBe(t0);
    expect(after.crossed).toEqual([]);
  });

  it("stamps both when a surge passes both in one refresh", () => {
    const after = stampThresholds(1200, none, T, t1);
    expect(after.crossed).toEqual(["response", "debate"]);
    expect(after.debateThresholdAt).toBe(t1);
  });

  it("un-stamps a threshold when invalidations drop the count below it", () => {
    const after = stampThresholds(999, { responseThresholdAt: t0, debateThresholdAt: t0 }, T, t1);
    expect(after).toEqual({ responseThresholdAt: t0, debateThresholdAt: null, crossed: [], dropped: ["debate"] });
    const both = stampThresholds(10, { responseThresholdAt: t0, debateThresholdAt: t0 }, T, t1);
    expect(both.dropped).toEqual(["response", "debate"]);
  });

  it("stamps again, with the new time, when the count recovers", () => {
    expect(stampThresholds(100, none, T, t1).responseThresholdAt).toBe(t1);
  });
});

describe("progressPercent", () => {
  it("is capped at 100 and rounds down", () => {
    expect(progressPercent(0, 10)).toBe(0);
    expect(progressPercent(9, 10)).toBe(90);
    expect(progressPercent(9999, 10000)).toBe(99);
    expect(progressPercent(20, 10)).toBe(100);
  });
});
