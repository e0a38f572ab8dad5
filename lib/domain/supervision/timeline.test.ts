import { describe, expect, it } from "vitest";
import type { CaseAccess } from "../access/case-access";
import type { Role } from "../access/roles";
import { type TimelineScope, timelineScope } from "./timeline";

describe("timelineScope: who reads a case's internal events", () => {
  it.each<[Role, CaseAccess, TimelineScope]>([
    ["operator", "full", "all"],
    ["unit_staff", "full", "all"],
    ["unit_head", "full", "all"],
    ["unit_staff", "redacted", "all"], // a whistle-blower report the unit handles
    ["supervisor", "redacted", "all"], // supervisors see everything, personal data removed
    ["supervisor", "full", "all"], // a report: supervisors also see who filed it
    ["observer", "redacted", "all"], // observers too, personal data removed
    ["admin", "redacted", "public"],
    ["citizen", "own", "public"],
    ["citizen", "none", "public"],
    ["moderator", "none", "public"],
    ["unit_staff", "none", "public"],
  ])("%s with %s access → %s", (role, access, scope) => {
    expect(timelineScope(role, access)).toBe(scope);
  });
});
