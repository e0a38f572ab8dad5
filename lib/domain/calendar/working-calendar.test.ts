import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "./china-holidays";
import { createWorkingCalendar, daysBetween, isIsoDate } from "./working-calendar";

const china = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string): Date => new Date(iso);

describe("isIsoDate", () => {
  it.each([
    ["2026-03-10", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-3-10", false],
    ["20260310", false],
    [" 2026-03-10", false],
  ])("%s → %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-03-10", "2026-03-10", 0],
    ["2025-12-31", "2026-01-01", 1],
    ["2026-03-10", "2026-05-09", 60],
    ["2026-05-09", "2026-03-10", -60],
  ])("%s → %s is %i days", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe("isWorkingDay with the 2025–2026 China calendar", () => {
  it.each([
    ["2025-12-31", true, "Wednesday"],
    ["2026-01-01", false, "New Year, Thursday"],
    ["2026-01-03", false, "New Year, Saturday"],
    ["2026-01-04", true, "make-up Sunday"],
    ["2026-02-14", true, "make-up Saturday before Spring Festival"],
    ["2026-02-16", false, "Spring Festival Monday"],
    ["2026-02-23", false, "last Spring Festival day, Monday"],
    ["2026-02-24", true, "Tuesday after Spring Festival"],
    ["2026-02-28", true, "make-up Saturday after Spring Festival"],
    ["2026-03-07", false, "ordinary Saturday"],
    ["2026-03-08", false, "ordinary Sunday"],
    ["2026-03-09", true, "ordinary Monday"],
    ["2026-09-20", true, "make-up Sunday"],
    ["2026-10-07", false, "National Day Wednesday"],
    ["2026-10-10", true, "make-up Saturday"],
    ["2025-01-26", true, "make-up Sunday"],
    ["2025-10-08", false, "National Day Wednesday"],
    ["2025-10-11", true, "make-up Saturday"],
  ])("%s is %s (%s)", (date, expected) => {
    expect(china.isWorkingDay(date)).toBe(expected);
  });

  it("honours a custom weekend", () => {
    const fridaySaturday = createWorkingCalendar({
      timeZone: "Asia/Dubai",
      holidays: [],
      makeUpWorkdays: [],
      weekendDays: [5, 6],
    });
    expect(fridaySaturday.isWorkingDay("2026-03-13")).toBe(false); // Friday
    expect(fridaySaturday.isWorkingDay("2026-03-15")).toBe(true); // Sunday
  });

  it("rejects a broken definition", () => {
    const base = { timeZone: "Asia/Shanghai", holidays: [], makeUpWorkdays: [] };
    expect(() => createWorkingCalendar({ ...base, timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ ...base, holidays: ["2026-02-30"] })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ ...base, holidays: ["2026-01-04"], makeUpWorkdays: ["2026-01-04"] })).toThrow(
      RangeError,
    );
    expect(() => createWorkingCalendar({ ...base, weekendDays: [7] })).toThrow(RangeError);
  });
});

describe("localDate and startOfLocalDay", () => {
  it.each([
    ["Asia/Shanghai", "2026-03-10T15:59:59.999Z", "2026-03-10"],
    ["Asia/Shanghai", "2026-03-10T16:00:00Z", "2026-03-11"],
    ["Asia/Shanghai", "2025-12-31T16:00:00Z", "2026-01-01"],
    ["Europe/London", "2026-03-28T23:30:00Z", "2026-03-28"], // GMT
    ["Europe/London", "2026-06-30T23:30:00Z", "2026-07-01"], // BST
    ["Europe/London", "2026-10-25T00:30:00Z", "2026-10-25"], // the night BST ends
    ["America/New_York", "2026-03-10T03:00:00Z", "2026-03-09"],
  ])("in %s, %s falls on %s", (timeZone, instant, expected) => {
    const calendar = createWorkingCalendar({ timeZone, holidays: [], makeUpWorkdays: [] });
    expect(calendar.localDate(at(instant))).toBe(expected);
  });

  it.each([
    ["Asia/Shanghai", "2026-03-10", "2026-03-09T16:00:00.000Z"],
    ["Asia/Shanghai", "2026-01-01", "2025-12-31T16:00:00.000Z"],
    ["Europe/London", "2026-01-15", "2026-01-15T00:00:00.000Z"],
    ["Europe/London", "2026-03-29", "2026-03-29T00:00:00.000Z"], // clocks go forward at 01:00 that day
    ["Europe/London", "2026-03-30", "2026-03-29T23:00:00.000Z"], // first BST midnight
    ["Europe/London", "2026-10-25", "2026-10-24T23:00:00.000Z"], // clocks go back at 02:00 that day
    ["Europe/London", "2026-10-26", "2026-10-26T00:00:00.000Z"],
    ["America/Santiago", "2026-09-06", "2026-09-06T04:00:00.000Z"], // midnight skipped: day starts at 01:00
    ["America/Santiago", "2026-04-05", "2026-04-05T04:00:00.000Z"], // clocks went back at 24:00 the day before
  ])("in %s, %s begins at %s", (timeZone, date, expected) => {
    const calendar = createWorkingCalendar({ timeZone, holidays: [], makeUpWorkdays: [] });
    const start = calendar.startOfLocalDay(date);
    expect(start.toISOString()).toBe(expected);
    expect(calendar.localDate(start)).toBe(date);
    expect(calendar.localDate(new Date(start.getTime() - 1))).toBe(calendar.addCalendarDays(date, -1));
  });
});

describe("addCalendarDays, nextWorkingDay, workingDaysAfter", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-03-10", -10, "2026-02-28"],
    ["2026-03-10", 0, "2026-03-10"],
  ])("%s + %i days = %s", (date, n, expected) => {
    expect(china.addCalendarDays(date, n)).toBe(expected);
  });

  it.each([
    ["2025-12-31", "2026-01-04"], // over New Year to the make-up Sunday
    ["2026-02-13", "2026-02-14"], // Friday → make-up Saturday
    ["2026-02-14", "2026-02-24"], // over Spring Festival
    ["2026-03-06", "2026-03-09"], // ordinary weekend
    ["2026-09-30", "2026-10-08"], // over National Day
  ])("next working day after %s is %s", (date, expected) => {
    expect(china.nextWorkingDay(date)).toBe(expected);
  });

  it("previews the next working days across the year boundary", () => {
    expect(china.workingDaysAfter("2025-12-30", 4)).toEqual(["2025-12-31", "2026-01-04", "2026-01-05", "2026-01-06"]);
    expect(china.workingDaysAfter("2026-03-10", 0)).toEqual([]);
  });

  it("fails loudly on a calendar with no working days", () => {
    const never = createWorkingCalendar({
      timeZone: "UTC",
      holidays: [],
      makeUpWorkdays: [],
      weekendDays: [0, 1, 2, 3, 4, 5, 6],
    });
    expect(() => never.nextWorkingDay("2026-03-10")).toThrow(RangeError);
  });
});

describe("addWorkingDays: end of the n-th working day after the day of `from`", () => {
  it.each([
    ["the brief's example", "2026-03-10T14:00+08:00", 5, "2026-03-18T00:00+08:00"],
    ["zero days ends today", "2026-03-10T14:00+08:00", 0, "2026-03-11T00:00+08:00"],
    ["zero days on a holiday", "2026-02-16T09:00+08:00", 0, "2026-02-17T00:00+08:00"],
    ["Friday + 1 skips the weekend", "2026-03-13T09:00+08:00", 1, "2026-03-17T00:00+08:00"],
    ["Dec 31 + 1 lands on the make-up Sunday", "2025-12-31T10:00+08:00", 1, "2026-01-05T00:00+08:00"],
    ["Dec 29 + 5 across the year boundary", "2025-12-29T09:00+08:00", 5, "2026-01-07T00:00+08:00"],
    ["before Spring Festival, uses the make-up Saturday", "2026-02-12T10:00+08:00", 5, "2026-02-27T00:00+08:00"],
    ["dispatched during Spring Festival", "2026-02-20T10:00+08:00", 5, "2026-03-01T00:00+08:00"],
    ["complex case across Spring Festival", "2026-02-13T09:00+08:00", 15, "2026-03-13T00:00+08:00"],
    ["over National Day 2026", "2026-09-30T16:00+08:00", 3, "2026-10-11T00:00+08:00"],
    ["2025 Spring Festival", "2025-01-24T09:00+08:00", 3, "2025-02-06T00:00+08:00"],
    ["late evening is still that local day", "2026-03-10T23:59+08:00", 1, "2026-03-12T00:00+08:00"],
    ["local midnight starts a new day", "2026-03-11T00:00+08:00", 1, "2026-03-13T00:00+08:00"],
  ])("%s: %s + %i → %s", (_label, from, n, expected) => {
    expect(china.addWorkingDays(at(from), n).toISOString()).toBe(at(expected).toISOString());
  });

  it("works in a DST zone: the deadline is local midnight on either side of the change", () => {
    const london = createWorkingCalendar({ timeZone: "Europe/London", holidays: [], makeUpWorkdays: [] });
    // Thu 26 March (GMT) + 3 working days → end of Tue 31 March (BST).
    expect(london.addWorkingDays(at("2026-03-26T12:00Z"), 3).toISOString()).toBe("2026-03-31T23:00:00.000Z");
  });

  it.each([-1, 1.5, Number.NaN])("rejects %s working days", (n) => {
    expect(() => china.addWorkingDays(at("2026-03-10T14:00+08:00"), n)).toThrow(RangeError);
  });
});

describe("workingDaysBetween counts working days d with localDate(from) < d ≤ localDate(to)", () => {
  it.each([
    ["Monday → Wednesday", "2026-03-09T09:00+08:00", "2026-03-11T17:00+08:00", 2],
    ["same day", "2026-03-09T09:00+08:00", "2026-03-09T23:59+08:00", 0],
    ["Wednesday → Monday, backwards", "2026-03-11T17:00+08:00", "2026-03-09T09:00+08:00", -2],
    ["Friday → Monday", "2026-03-13T17:00+08:00", "2026-03-16T09:00+08:00", 1],
    ["Friday → Sunday", "2026-03-13T17:00+08:00", "2026-03-15T09:00+08:00", 0],
    ["across Spring Festival with the make-up Saturday", "2026-02-13T10:00+08:00", "2026-02-25T10:00+08:00", 3],
    ["across the year boundary", "2025-12-30T10:00+08:00", "2026-01-05T10:00+08:00", 3],
    ["a whole ordinary March week", "2026-03-08T10:00+08:00", "2026-03-15T10:00+08:00", 5],
    ["midnight in Shanghai is the next local day", "2026-03-10T10:00+08:00", "2026-03-10T16:00Z", 1],
  ])("%s: %i", (_label, from, to, expected) => {
    expect(china.workingDaysBetween(at(from), at(to))).toBe(expected);
  });

  it("agrees with addWorkingDays for every start day of 2026", () => {
    for (let date = "2026-01-01"; date < "2027-01-01"; date = china.addCalendarDays(date, 1)) {
      const from = new Date(china.startOfLocalDay(date).getTime() + 10 * 3_600_000);
      for (const n of [1, 5, 15]) {
        const due = china.addWorkingDays(from, n);
        const lastDueDay = new Date(due.getTime() - 1);
        expect(china.workingDaysBetween(from, lastDueDay)).toBe(n);
        expect(china.isWorkingDay(china.localDate(lastDueDay))).toBe(true);
      }
    }
  });
});

describe("localInstant", () => {
  it("reads a datetime-local value in the calendar's zone", () => {
    expect(china.localInstant("2026-03-01T09:30").toISOString()).toBe("2026-03-01T01:30:00.000Z");
    expect(china.localInstant("2026-03-01T00:00:00").toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });

  it("follows daylight saving time where the zone has it", () => {
    const london = createWorkingCalendar({ timeZone: "Europe/London", holidays: [], makeUpWorkdays: [] });
    expect(london.localInstant("2026-01-15T12:00").toISOString()).toBe("2026-01-15T12:00:00.000Z");
    expect(london.localInstant("2026-07-15T12:00").toISOString()).toBe("2026-07-15T11:00:00.000Z");
    // 01:30 on the spring-forward day does not exist: read with the offset before the change.
    expect(london.localInstant("2026-03-29T01:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("refuses what is not a wall-clock time", () => {
    expect(() => china.localInstant("2026-03-01")).toThrow(RangeError);
    expect(() => china.localInstant("2026-03-01T24:00")).toThrow(RangeError);
    expect(() => china.localInstant("2026-03-01T09:30Z")).toThrow(RangeError);
  });
});
