import type { IsoDate } from "../calendar/working-calendar";

export interface DispatchEntryDraft {
  leadUnitId: number;
  coUnitIds: readonly number[];
  effectiveFrom: string;
}

/** Field → error keys (adminOrg.errors.*); empty when the entry may be saved. */
export type EntryErrors = Partial<Record<"leadUnitId" | "coUnitIds" | "effectiveFrom", string[]>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * 派单目录 entry rules: one lead unit that is not also a co-unit, every unit active (a case must
 * never be routed to a unit that no longer exists), and a real effective date.
 */
export function validateDispatchEntry(entry: DispatchEntryDraft, activeUnitIds: ReadonlySet<number>): EntryErrors {
  const errors: EntryErrors = {};
  const add = (field: keyof EntryErrors, key: string) => (errors[field] ??= []).push(key);
  if (!activeUnitIds.has(entry.leadUnitId)) add("leadUnitId", "unitInactive");
  if (entry.coUnitIds.includes(entry.leadUnitId)) add("coUnitIds", "leadAmongCoUnits");
  if (entry.coUnitIds.some((id) => id !== entry.leadUnitId && !activeUnitIds.has(id))) add("coUnitIds", "unitInactive");
  if (!isIsoDate(entry.effectiveFrom)) add("effectiveFrom", "invalidDate");
  return errors;
}

export function hasEntryErrors(errors: EntryErrors): boolean {
  return Object.values(errors).some((list) => list && list.length > 0);
}

export type EntryStanding = "in_force" | "scheduled" | "superseded";

export interface EntryKey {
  id: number;
  categoryId: number;
  districtId: number | null;
  effectiveFrom: IsoDate;
}

/**
 * Where each entry stands on `today`: per category × district, the latest entry already in
 * force is the one new cases get (as routeCase picks it); later ones are scheduled; earlier ones
 * are superseded, kept because cases already routed by them keep their routing.
 */
export function entryStandings(entries: readonly EntryKey[], today: IsoDate): Map<number, EntryStanding> {
  const latestByKey = new Map<string, IsoDate>();
  const keyOf = (e: EntryKey) => `${e.categoryId}:${e.districtId ?? "*"}`;
  for (const e of entries) {
    if (e.effectiveFrom > today) continue;
    const latest = latestByKey.get(keyOf(e));
    if (latest === undefined || e.effectiveFrom > latest) latestByKey.set(keyOf(e), e.effectiveFrom);
  }
  const standings = new Map<number, EntryStanding>();
  for (const e of entries) {
    standings.set(
      e.id,
      e.effectiveFrom > today ? "scheduled" : e.effectiveFrom === latestByKey.get(keyOf(e)) ? "in_force" : "superseded",
    );
  }
  return standings;
}
