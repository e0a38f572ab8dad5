import { describe, expect, it } from "vitest";
import { median } from "../metrics/unit-metrics";
import { ZERO_COUNTS, addCounts, medianOfHistogram, sumCounts } from "./rollup-sums";

describe("medianOfHistogram", () => {
  it("is null for no values", () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 3, count: 0 }])).toBeNull();
  });

  it("takes the middle value of an odd count and the mean of the middle two of an even count", () => {
    expect(
      medianOfHistogram([
        { value: 2, count: 1 },
        { value: 5, count: 2 },
      ]),
    ).toBe(5);
    expect(
      medianOfHistogram([
        { value: 2, count: 1 },
        { value: 5, count: 1 },
      ]),
    ).toBe(3.5);
  });

  it("merges repeated bins and ignores their order", () => {
    expect(
      medianOfHistogram([
        { value: 9, count: 1 },
        { value: 1, count: 1 },
        { value: 9, count: 1 },
      ]),
    ).toBe(9);
  });

  it("equals the median of the values it stands for", () => {
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647);
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + (next() % 40) }, () => next() % 12);
      const bins = values.map((value) => ({ value, count: 1 }));
      expect(medianOfHistogram(bins)).toBe(median(values));
    }
  });

  it("refuses a negative or fractional count", () => {
    expect(() => medianOfHistogram([{ value: 1, count: -1 }])).toThrow(RangeError);
    expect(() => medianOfHistogram([{ value: 1, count: 0.5 }])).toThrow(RangeError);
  });
});

describe("sumCounts", () => {
  it("adds every counter", () => {
    const one = { ...ZERO_COUNTS, replied: 3, rated: 2, satisfactionTenths: 19 };
    expect(sumCounts([one, one])).toEqual({ ...ZERO_COUNTS, replied: 6, rated: 4, satisfactionTenths: 38 });
    expect(addCounts(one, ZERO_COUNTS)).toEqual(one);
    expect(sumCounts([])).toEqual(ZERO_COUNTS);
  });
});
