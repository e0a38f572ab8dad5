import type { IsoDate } from "../calendar/working-calendar";

export interface CatalogueEntry {
  id: number;
  categoryId: number;
  districtId: number | null;
  leadUnitId: number;
  coUnitIds: readonly number[];
  effectiveFrom: IsoDate;
  leadUnitActive: boolean;
}

export type RoutingDecision =
  | { kind: "route"; entry: CatalogueEntry }
  | { kind: "unroutable" }
  | { kind: "ambiguous"; entries: CatalogueEntry[] }
  /** The entry would give a whistle-blower report to the unit it accuses: an operator decides. */
  | { kind: "accused"; entry: CatalogueEntry };

/**
 * 派单目录: the entry for the case's category in its district wins over the city-wide entry;
 * among entries in force on `today`, the latest effective date wins. Two entries left with the
 * same key and date, or an entry pointing to an inactive unit, go to an operator instead. So does
 * a report whose entry names, as lead or co-unit, the unit the report accuses (docs/rules.md#privacy).
 */
export function routeCase(
  entries: readonly CatalogueEntry[],
  subject: { categoryId: number; districtId: number | null; accusedUnitId?: number | null },
  today: IsoDate,
): RoutingDecision {
  const inForce = entries.filter((e) => e.categoryId === subject.categoryId && e.effectiveFrom <= today);
  const specific = subject.districtId === null ? [] : inForce.filter((e) => e.districtId === subject.districtId);
  const candidates = specific.length > 0 ? specific : inForce.filter((e) => e.districtId === null);
  if (candidates.length === 0) return { kind: "unroutable" };
  const latest = candidates.reduce((max, e) => (e.effectiveFrom > max ? e.effectiveFrom : max), "");
  const winners = candidates.filter((e) => e.effectiveFrom === latest);
  if (winners.length > 1) return { kind: "ambiguous", entries: winners };
  const [entry] = winners;
  if (!entry || !entry.leadUnitActive) return { kind: "unroutable" };
  const accused = subject.accusedUnitId ?? null;
  if (accused !== null && (entry.leadUnitId === accused || entry.coUnitIds.includes(accused)))
    return { kind: "accused", entry };
  return { kind: "route", entry };
}
