import { describe, expect, it } from "vitest";
import {
  finishedPeriodsSince,
  isFinished,
  isPeriodKind,
  monthsOf,
  parsePeriodKey,
  periodContaining,
  shiftPeriod,
} from "./periods";

describe("periodContaining", () => {
  it.each([
    ["month", "2026-03-31", "2026-03", "2026-03-01", "2026-04-01"],
    ["month", "2026-12-01", "2026-12", "2026-12-01", "2027-01-01"],
    ["quarter", "2026-01-01", "2026-Q1", "2026-01-01", "2026-04-01"],
    ["quarter", "2026-06-30", "2026-Q2", "2026-04-01", "2026-07-01"],
    ["quarter", "2026-11-26", "2026-Q4", "2026-10-01", "2027-01-01"],
    ["year", "2026-07-15", "2026", "2026-01-01", "2027-01-01"],
  ] as const)("%s of %s is %s [%s, %s)", (kind, date, key, start, end) => {
    expect(periodContaining(kind, date)).toEqual({ kind, key, startDate: start, endDate: end });
  });

  it("accepts a month without a day and rejects nonsense", () => {
    expect(periodContaining("quarter", "2026-08").key).toBe("2026-Q3");
    expect(() => periodContaining("month", "2026-13-01")).toThrow(RangeError);
    expect(() => periodContaining("month", "yesterday")).toThrow(RangeError);
  });
});

describe("shiftPeriod", () => {
  it("crosses year ends both ways", () => {
    expect(shiftPeriod(periodContaining("month", "2026-01-10"), -1).key).toBe("2025-12");
    expect(shiftPeriod(periodContaining("month", "2026-12-10"), 1).key).toBe("2027-01");
    expect(shiftPeriod(periodContaining("quarter", "2026-02-01"), -1).key).toBe("2025-Q4");
    expect(shiftPeriod(periodContaining("year", "2026-02-01"), -2).key).toBe("2024");
    expect(shiftPeriod(periodContaining("quarter", "2026-02-01"), 5).key).toBe("2027-Q2");
  });
  it("rejects fractional steps", () => {
    expect(() => shiftPeriod(periodContaining("month", "2026-01-10"), 0.5)).toThrow(RangeError);
  });
});

describe("parsePeriodKey", () => {
  it("reads back every kind of key", () => {
    for (const key of ["2026-03", "2026-Q4", "2026"]) expect(parsePeriodKey(key)?.key).toBe(key);
    expect(parsePeriodKey("2026-Q4")?.startDate).toBe("2026-10-01");
  });
  it("returns null for what is not a period", () => {
    for (const key of ["2026-13", "2026-Q5", "26", "2026-3", ""]) expect(parsePeriodKey(key)).toBeNull();
  });
});

describe("finished periods", () => {
  it("a period has finished on its end date, not the day before", () => {
    const march = periodContaining("month", "2026-03-15");
    expect(isFinished(march, "2026-03-31")).toBe(false);
    expect(isFinished(march, "2026-04-01")).toBe(true);
  });
});

it("a quarter is three months and a year twelve, in order", () => {
  expect(monthsOf(periodContaining("quarter", "2026-05-01")).map((p) => p.key)).toEqual([
    "2026-04",
    "2026-05",
    "2026-06",
  ]);
  const year = monthsOf(periodContaining("year", "2026-05-01"));
  expect(year).toHaveLength(12);
  expect(year.at(-1)?.endDate).toBe("2027-01-01");
});

it("knows its period kinds", () => {
  expect(isPeriodKind("quarter")).toBe(true);
  expect(isPeriodKind("week")).toBe(false);
});

describe("finishedPeriodsSince", () => {
  it("lists every finished period from the first case's, oldest first, empty ones included", () => {
    expect(finishedPeriodsSince("month", "2025-11-30", "2026-03-02").map((p) => p.key)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(finishedPeriodsSince("quarter", "2025-11-30", "2026-12-03").map((p) => p.key)).toEqual([
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
    ]);
    expect(finishedPeriodsSince("year", "2024-06-01", "2026-12-03").map((p) => p.key)).toEqual(["2024", "2025"]);
  });

  it("is empty while the first case's period is still running, or when it lies ahead", () => {
    expect(finishedPeriodsSince("year", "2026-01-01", "2026-12-03")).toEqual([]);
    expect(finishedPeriodsSince("month", "2027-01-01", "2026-12-03")).toEqual([]);
  });
});
