import { describe, expect, it } from "vitest";
import { CALENDAR_WARNING_DAYS, calendarCoverage } from "./coverage";

const through2026 = { holidays: ["2025-01-01", "2026-10-01", "2026-01-01"] };

describe("calendarCoverage", () => {
  it.each([
    // today, days left, warn
    ["2026-06-01", 213, false],
    ["2026-11-01", 60, false],
    ["2026-11-02", 59, true],
    ["2026-12-31", 0, true],
    ["2027-01-05", -5, true],
  ] as const)("on %s the calendar known through 2026 has %i days left (warn: %s)", (today, daysLeft, warn) => {
    expect(calendarCoverage(through2026, today)).toEqual({
      lastYear: 2026,
      endsOn: "2026-12-31",
      daysLeft,
      nextYear: 2027,
      warn,
    });
  });

  it("warns when no official holiday is listed at all, asking for this year", () => {
    expect(calendarCoverage({ holidays: [] }, "2026-03-01")).toEqual({
      lastYear: null,
      endsOn: null,
      daysLeft: null,
      nextYear: 2026,
      warn: true,
    });
  });

  it("warns 60 days ahead by default, or as told", () => {
    expect(CALENDAR_WARNING_DAYS).toBe(60);
    expect(calendarCoverage(through2026, "2026-10-01", 100).warn).toBe(true);
  });
});
