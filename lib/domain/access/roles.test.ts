import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, can, type Permission, type Role } from "./roles";

// The full matrix: a change to who may do what has to change this table too.
const EXPECTED: Record<Role, Permission[]> = {
  citizen: ["case.file", "case.view_own"],
  operator: [
    "case.file",
    "case.enter_for_caller",
    "case.triage",
    "case.view_all",
    "case.view_personal_data",
    "desk.search",
    "desk.callback",
  ],
  unit_staff: ["case.handle", "case.view_unit"],
  unit_head: ["case.handle", "case.approve", "case.view_unit"],
  supervisor: ["supervision.view", "supervision.act", "case.view_all", "desk.search"],
  admin: ["admin.manage", "case.view_all"],
  observer: ["case.view_redacted"],
  moderator: ["petition.moderate"],
};

describe("role permissions matrix", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const expected = EXPECTED[role].includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
  }
});
