// Who reads a case's internal events (disputes, notes, extension requests, co-units' input,
// draft replies): the people who handle it, and the people who watch the handling — supervisors
// (督查) and observers, who read them with personal data removed (docs/rules.md#roles, docs/rules.md#supervision).
import type { CaseAccess } from "../access/case-access";
import { type Role, UNIT_ROLES, can } from "../access/roles";

export type TimelineScope = "all" | "public";

export function timelineScope(role: Role, access: CaseAccess): TimelineScope {
  if (access === "none" || access === "own") return "public";
  if (access === "full") return "all";
  // Redacted readers: the units handling a whistle-blower report, supervisors and observers.
  if (UNIT_ROLES.has(role)) return "all";
  if (can(role, "supervision.view") || can(role, "case.view_redacted")) return "all";
  return "public";
}
