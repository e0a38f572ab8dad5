import { describe, expect, it } from "vitest";
import type { Role } from "./roles";
import { caseAccess, mayDispatchTo, unitsThatMayAct } from "./case-access";

// Unit 5 leads, unit 9 co-handles, unit 7 is the one the report accuses, unit 8 has nothing to do
// with either case.
const ordinary = { leadUnitId: 5, coUnitIds: [9], citizenUserId: "citizen-1", accusedUnitId: null };
const report = { ...ordinary, accusedUnitId: 7 };

type Row = [string, Role, number | null, string, { ordinary: string; report: string }];

describe("caseAccess, role × case", () => {
  it.each<Row>([
    ["operator", "operator", null, "staff", { ordinary: "full", report: "full" }],
    ["supervisor", "supervisor", null, "staff", { ordinary: "redacted", report: "full" }],
    ["admin", "admin", null, "staff", { ordinary: "redacted", report: "redacted" }],
    ["observer", "observer", null, "staff", { ordinary: "redacted", report: "redacted" }],
    ["lead unit staff", "unit_staff", 5, "staff", { ordinary: "full", report: "redacted" }],
    ["lead unit head", "unit_head", 5, "staff", { ordinary: "full", report: "redacted" }],
    ["co-unit staff", "unit_staff", 9, "staff", { ordinary: "full", report: "redacted" }],
    ["co-unit head", "unit_head", 9, "staff", { ordinary: "full", report: "redacted" }],
    ["accused unit staff", "unit_staff", 7, "staff", { ordinary: "none", report: "none" }],
    ["accused unit head", "unit_head", 7, "staff", { ordinary: "none", report: "none" }],
    ["another unit's staff", "unit_staff", 8, "staff", { ordinary: "none", report: "none" }],
    ["another unit's head", "unit_head", 8, "staff", { ordinary: "none", report: "none" }],
    ["the citizen who filed", "citizen", null, "citizen-1", { ordinary: "own", report: "own" }],
    ["another citizen", "citizen", null, "citizen-2", { ordinary: "none", report: "none" }],
    ["moderator", "moderator", null, "staff", { ordinary: "none", report: "none" }],
  ])("%s", (_, role, unitId, id, expected) => {
    const actor = { id, role, unitId };
    expect({ ordinary: caseAccess(actor, ordinary), report: caseAccess(actor, report) }).toEqual(expected);
  });

  it("the accused unit sees nothing even if it somehow leads or co-handles the report", () => {
    for (const role of ["unit_staff", "unit_head"] as const) {
      const actor = { id: "staff", role, unitId: 7 };
      expect(caseAccess(actor, { ...report, leadUnitId: 7 })).toBe("none");
      expect(caseAccess(actor, { ...report, coUnitIds: [9, 7] })).toBe("none");
    }
  });
});

describe("mayDispatchTo", () => {
  it("refuses only the unit a report accuses", () => {
    expect(mayDispatchTo(7, report)).toBe(false);
    expect(mayDispatchTo(5, report)).toBe(true);
    expect(mayDispatchTo(7, ordinary)).toBe(true);
  });

  it("leaves out the accused unit from the units that may act", () => {
    expect(unitsThatMayAct([5, 7, 9], report)).toEqual([5, 9]);
    expect(unitsThatMayAct([5, 7, 9], ordinary)).toEqual([5, 7, 9]);
  });
});
