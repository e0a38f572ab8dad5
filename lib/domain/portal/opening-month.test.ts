import { describe, expect, it } from "vitest";
import { openingMonth } from "./opening-month";

const months = (...rated: number[]) => rated.map((ratedCases) => ({ ratedCases }));

describe("openingMonth", () => {
  it("opens on the current month once it has the minimum sample of rated cases", () => {
    expect(openingMonth(months(40, 10), 10)).toEqual({ index: 1, reason: "current" });
  });

  it("opens on the last complete month while the current month has too few", () => {
    expect(openingMonth(months(5, 40, 9), 10)).toEqual({ index: 1, reason: "current_too_few" });
  });

  it("stays on the current month when the last month has too few as well, or there is none", () => {
    expect(openingMonth(months(3, 2), 10)).toEqual({ index: 1, reason: "current" });
    expect(openingMonth(months(0), 10)).toEqual({ index: 0, reason: "current" });
  });

  it("with a minimum of zero always opens on the current month", () => {
    expect(openingMonth(months(40, 0), 0)).toEqual({ index: 1, reason: "current" });
  });

  it("refuses an empty list", () => {
    expect(() => openingMonth([], 10)).toThrow(RangeError);
  });
});
