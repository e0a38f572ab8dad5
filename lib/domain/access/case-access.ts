import { type Role, can } from "./roles";

export type CaseAccess = "full" | "own" | "redacted" | "none";

export interface CaseAccessSubject {
  leadUnitId: number | null;
  coUnitIds: readonly number[];
  citizenUserId: string | null;
  /** The unit a whistle-blower report (举报) accuses, or null. */
  accusedUnitId: number | null;
}

/**
 * How much of a case a user may see. Personal data goes only to the dispatch centre and the
 * units assigned (docs/rules.md#privacy): supervisors and admins read every case with it removed, as
 * observers do; units see only cases they lead or co-handle; a citizen sees their own.
 *
 * A report that accuses a unit is never shown to that unit, whatever else is true of it; the
 * units that handle it read it without the filer's contact data, and only the dispatch centre and
 * supervisors see who filed it.
 */
export function caseAccess(
  actor: { id: string; role: Role; unitId: number | null },
  subject: CaseAccessSubject,
): CaseAccess {
  const accusesAUnit = subject.accusedUnitId !== null;
  if (can(actor.role, "case.view_all")) {
    if (can(actor.role, "case.view_personal_data")) return "full";
    return accusesAUnit && can(actor.role, "supervision.view") ? "full" : "redacted";
  }
  if (can(actor.role, "case.view_unit") && actor.unitId !== null) {
    if (subject.accusedUnitId === actor.unitId) return "none";
    if (subject.leadUnitId === actor.unitId || subject.coUnitIds.includes(actor.unitId)) {
      return accusesAUnit ? "redacted" : "full";
    }
    return "none";
  }
  if (can(actor.role, "case.view_redacted")) return "redacted";
  if (can(actor.role, "case.view_own") && subject.citizenUserId === actor.id) return "own";
  return "none";
}

/**
 * Whether a unit may be given a case, as its lead or a co-unit: never the unit a report accuses
 * (docs/rules.md#privacy), so it is never dispatched to, shown to, or counted against that unit.
 */
export function mayDispatchTo(unitId: number, subject: { accusedUnitId: number | null }): boolean {
  return subject.accusedUnitId === null || subject.accusedUnitId !== unitId;
}

/** The units of a list that may act on a case: all but the one a report accuses. */
export function unitsThatMayAct<T extends number>(
  unitIds: readonly T[],
  subject: { accusedUnitId: number | null },
): T[] {
  return unitIds.filter((unitId) => mayDispatchTo(unitId, subject));
}
