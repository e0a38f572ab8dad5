import { describe, expect, it } from "vitest";
import type { Role } from "./roles";
import { caseAccess } from "./case-access";

const subject = { leadUnitId: 7, coUnitIds: [9], citizenUserId: "citizen-1" };

describe("caseAccess", () => {
  it.each<[string, Role, number | null, string]>([
    ["operator sees everything", "operator", null, "full"],
    ["supervisor sees every case without personal data", "supervisor", null, "redacted"],
    ["admin sees every case without personal data", "admin", null, "redacted"],
    ["lead unit staff", "unit_staff", 7, "full"],
    ["co-unit head", "unit_head", 9, "full"],
    ["another unit's staff", "unit_staff", 8, "none"],
    ["another unit's head", "unit_head", 8, "none"],
    ["observer", "observer", null, "redacted"],
  ])("%s", (_, role, unitId, expected) => {
    expect(caseAccess({ id: "staff", role, unitId }, subject)).toBe(expected);
  });

  it("a citizen sees only their own case", () => {
    expect(caseAccess({ id: "citizen-1", role: "citizen", unitId: null }, subject)).toBe("own");
    expect(caseAccess({ id: "citizen-2", role: "citizen", unitId: null }, subject)).toBe("none");
  });
});
