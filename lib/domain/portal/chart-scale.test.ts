import { describe, expect, it } from "vitest";
import { bands, linePath, niceScale } from "./chart-scale";

describe("niceScale", () => {
  it("rounds the top of the axis up to a readable step", () => {
    expect(niceScale(87)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(niceScale(100)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(1)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
  });

  it("gives an empty chart an axis", () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it("always covers the largest value with evenly spaced ticks", () => {
    for (const largest of [0.3, 7, 19, 42, 99.9, 101, 5555, 83_333, 1_000_000]) {
      const scale = niceScale(largest);
      expect(scale.max).toBeGreaterThanOrEqual(largest);
      expect(scale.ticks[0]).toBe(0);
      expect(scale.ticks.length).toBeLessThanOrEqual(6);
      const step = (scale.ticks[1] ?? 0) - (scale.ticks[0] ?? 0);
      scale.ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * step, 9));
    }
  });

  it("refuses nonsense", () => {
    expect(() => niceScale(-1)).toThrow(RangeError);
    expect(() => niceScale(Number.NaN)).toThrow(RangeError);
    expect(() => niceScale(10, 0)).toThrow(RangeError);
  });
});

describe("linePath", () => {
  it("draws through known values and lifts the pen over unknown ones", () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 10, y: 20 },
        { x: 20, y: null },
        { x: 30, y: 5 },
        { x: 40, y: 6.25 },
      ]),
    ).toBe("M0 10 L10 20 M30 5 L40 6.3");
    expect(linePath([{ x: 0, y: null }])).toBe("");
  });
});

describe("bands", () => {
  it("splits the width into equal bands with a gap", () => {
    expect(bands(2, 100, 0.2)).toEqual([
      { start: 5, size: 40, centre: 25 },
      { start: 55, size: 40, centre: 75 },
    ]);
    expect(bands(0, 100)).toEqual([]);
  });
});
