import { type Role, can } from "./roles";

export type CaseAccess = "full" | "own" | "redacted" | "none";

export interface CaseAccessSubject {
  leadUnitId: number | null;
  coUnitIds: readonly number[];
  citizenUserId: string | null;
}

/**
 * How much of a case a user may see. Personal data goes only to the dispatch centre and the
 * units assigned (PRODUCT.md §10): supervisors and admins read every case with it removed, as
 * observers do; units see only cases they lead or co-handle; a citizen sees their own.
 */
export function caseAccess(
  actor: { id: string; role: Role; unitId: number | null },
  subject: CaseAccessSubject,
): CaseAccess {
  if (can(actor.role, "case.view_all")) return can(actor.role, "case.view_personal_data") ? "full" : "redacted";
  if (can(actor.role, "case.view_unit") && actor.unitId !== null) {
    if (subject.leadUnitId === actor.unitId || subject.coUnitIds.includes(actor.unitId)) return "full";
    return "none";
  }
  if (can(actor.role, "case.view_redacted")) return "redacted";
  if (can(actor.role, "case.view_own") && subject.citizenUserId === actor.id) return "own";
  return "none";
}
