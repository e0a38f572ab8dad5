import { describe, expect, it } from "vitest";
import { CHINA_PUBLIC_HOLIDAYS, chinaCalendarDefinition } from "./china-holidays";
import { createWorkingCalendar, isIsoDate } from "./working-calendar";

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe("CHINA_PUBLIC_HOLIDAYS", () => {
  it.each([
    [2025, 28, 5],
    [2026, 33, 6],
  ])("%i lists %i holidays and %i make-up workdays", (year, holidays, makeUps) => {
    const data = CHINA_PUBLIC_HOLIDAYS[year];
    expect(data?.holidays).toHaveLength(holidays);
    expect(data?.makeUpWorkdays).toHaveLength(makeUps);
  });

  it.each(Object.entries(CHINA_PUBLIC_HOLIDAYS))("%s: valid, sorted, unique dates of that year", (year, data) => {
    for (const list of [data.holidays, data.makeUpWorkdays]) {
      for (const date of list) {
        expect(isIsoDate(date)).toBe(true);
        expect(date.startsWith(`${year}-`)).toBe(true);
      }
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it.each(Object.entries(CHINA_PUBLIC_HOLIDAYS))("%s: make-up workdays are Saturdays or Sundays", (_year, data) => {
    for (const date of data.makeUpWorkdays) expect([0, 6]).toContain(weekday(date));
  });

  it("builds a calendar for any zone", () => {
    const calendar = createWorkingCalendar(chinaCalendarDefinition("Asia/Urumqi"));
    expect(calendar.timeZone).toBe("Asia/Urumqi");
    expect(calendar.isWorkingDay("2026-02-14")).toBe(true);
    expect(chinaCalendarDefinition().timeZone).toBe("Asia/Shanghai");
  });
});
