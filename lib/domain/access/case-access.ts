import { type Role, can } from "./roles";

export type CaseAccess = "full" | "own" | "redacted" | "none";

export interface CaseAccessSubject {
  leadUnitId: number | null;
  coUnitIds: readonly number[];
  citizenUserId: string | null;
}

/**
 * How much of a case a user may see. Units see only cases they lead or co-handle;
 * observers see every case with personal data removed; a citizen sees their own.
 */
export function caseAccess(actor: { id: string; role: Role; unitId: number | null }, subject: CaseAccessSubject): CaseAccess {
  if (can(actor.role, "case.view_all")) return "full";
  if (can(actor.role, "case.view_unit") && actor.unitId !== null) {
    if (subject.leadUnitId === actor.unitId || subject.coUnitIds.includes(actor.unitId)) return "full";
    return "none";
  }
  if (can(actor.role, "case.view_redacted")) return "redacted";
  if (can(actor.role, "case.view_own") && subject.citizenUserId === actor.id) return "own";
  return "none";
}
