import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { monthPeriod, recentMonths } from "./month-period";

const calendar = createWorkingCalendar({ timeZone: "Asia/Shanghai", holidays: [], makeUpWorkdays: [] });

describe("monthPeriod", () => {
  it("takes the month from the local date, not the UTC one", () => {
    // 31 Oct 2026 20:00 UTC is 1 Nov 04:00 in Shanghai.
    const period = monthPeriod(calendar, new Date("2026-10-31T20:00:00Z"));
    expect(period.month).toBe("2026-11");
    expect(period.from.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(period.to.toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });

  it("steps back across a year boundary", () => {
    const months = recentMonths(calendar, new Date("2026-02-10T00:00:00Z"), 4).map((p) => p.month);
    expect(months).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(monthPeriod(calendar, new Date("2026-01-15T00:00:00Z"), 1).to.toISOString()).toBe(
      "2025-12-31T16:00:00.000Z",
    );
  });
});
