import { describe, expect, it } from "vitest";
import { entryStandings, hasEntryErrors, isIsoDate, validateDispatchEntry } from "./catalogue-rules";

const active = new Set([1, 2, 3]); // unit 9 is inactive

describe("validateDispatchEntry", () => {
  it.each([
    { name: "a lead alone", entry: { leadUnitId: 1, coUnitIds: [], effectiveFrom: "2026-03-01" }, errors: {} },
    {
      name: "a lead with co-units",
      entry: { leadUnitId: 1, coUnitIds: [2, 3], effectiveFrom: "2026-03-01" },
      errors: {},
    },
    {
      name: "an inactive lead",
      entry: { leadUnitId: 9, coUnitIds: [], effectiveFrom: "2026-03-01" },
      errors: { leadUnitId: ["unitInactive"] },
    },
    {
      name: "an inactive co-unit",
      entry: { leadUnitId: 1, coUnitIds: [2, 9], effectiveFrom: "2026-03-01" },
      errors: { coUnitIds: ["unitInactive"] },
    },
    {
      name: "the lead among the co-units",
      entry: { leadUnitId: 1, coUnitIds: [1, 2], effectiveFrom: "2026-03-01" },
      errors: { coUnitIds: ["leadAmongCoUnits"] },
    },
    {
      name: "an unknown unit",
      entry: { leadUnitId: 404, coUnitIds: [], effectiveFrom: "2026-03-01" },
      errors: { leadUnitId: ["unitInactive"] },
    },
    {
      name: "a date that does not exist",
      entry: { leadUnitId: 1, coUnitIds: [], effectiveFrom: "2026-02-30" },
      errors: { effectiveFrom: ["invalidDate"] },
    },
    {
      name: "a date in another format",
      entry: { leadUnitId: 1, coUnitIds: [], effectiveFrom: "01/03/2026" },
      errors: { effectiveFrom: ["invalidDate"] },
    },
    {
      name: "everything wrong at once",
      entry: { leadUnitId: 9, coUnitIds: [9, 8], effectiveFrom: "" },
      errors: {
        leadUnitId: ["unitInactive"],
        coUnitIds: ["leadAmongCoUnits", "unitInactive"],
        effectiveFrom: ["invalidDate"],
      },
    },
  ])("$name", ({ entry, errors }) => {
    const result = validateDispatchEntry(entry, active);
    expect(result).toEqual(errors);
    expect(hasEntryErrors(result)).toBe(Object.keys(errors).length > 0);
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2026-01-01", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-1-1", false],
    ["2026-01-01T00:00", false],
    ["", false],
  ])("%s → %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("entryStandings", () => {
  const entries = [
    { id: 1, categoryId: 10, districtId: null, effectiveFrom: "2025-01-01" },
    { id: 2, categoryId: 10, districtId: null, effectiveFrom: "2026-01-01" },
    { id: 3, categoryId: 10, districtId: null, effectiveFrom: "2026-06-01" },
    { id: 4, categoryId: 10, districtId: 7, effectiveFrom: "2020-01-01" },
    { id: 5, categoryId: 11, districtId: null, effectiveFrom: "2026-03-10" },
  ];
  it.each([
    { today: "2026-03-10", expected: { 1: "superseded", 2: "in_force", 3: "scheduled", 4: "in_force", 5: "in_force" } },
    {
      today: "2026-06-01",
      expected: { 1: "superseded", 2: "superseded", 3: "in_force", 4: "in_force", 5: "in_force" },
    },
    {
      today: "2024-12-31",
      expected: { 1: "scheduled", 2: "scheduled", 3: "scheduled", 4: "in_force", 5: "scheduled" },
    },
  ])("on $today", ({ today, expected }) => {
    expect(Object.fromEntries(entryStandings(entries, today))).toEqual(expected);
  });
});
