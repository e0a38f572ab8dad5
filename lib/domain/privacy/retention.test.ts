import { describe, expect, it } from "vitest";
import { petitionMailTag, retentionCutoff } from "./retention";

describe("retentionCutoff", () => {
  it("is the given number of whole days before now", () => {
    expect(retentionCutoff(new Date("2026-12-31T12:00:00Z"), 30)).toEqual(new Date("2026-12-01T12:00:00Z"));
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses %s days", (days) => {
    expect(() => retentionCutoff(new Date("2026-12-01T00:00:00Z"), days)).toThrow(RangeError);
  });
});

describe("petitionMailTag", () => {
  it("names the petition", () => {
    expect(petitionMailTag(12)).toBe("petition:12");
  });
});
