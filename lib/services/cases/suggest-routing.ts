import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { dispatchEntries, dispatchEntryCoUnits, units } from "@/db/schema";
import { type CatalogueEntry, routeCase } from "@/lib/domain/cases/routing";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";

/** The dispatch catalogue's entries for one category, in the shape the routing rule takes. */
export async function catalogueEntries(db: Queryable, categoryId: number): Promise<CatalogueEntry[]> {
  const rows = await db
    .select({ entry: dispatchEntries, active: units.active })
    .from(dispatchEntries)
    .innerJoin(units, eq(units.id, dispatchEntries.leadUnitId))
    .where(eq(dispatchEntries.categoryId, categoryId));
  const co = await db.select().from(dispatchEntryCoUnits);
  return rows.map(({ entry, active }) => ({
    id: entry.id,
    categoryId: entry.categoryId,
    districtId: entry.districtId,
    leadUnitId: entry.leadUnitId,
    coUnitIds: co.filter((c) => c.entryId === entry.id).map((c) => c.unitId),
    effectiveFrom: entry.effectiveFrom,
    leadUnitActive: active,
  }));
}

/** Where the catalogue would send this case today, or null when it cannot decide. */
export async function suggestRouting(db: Queryable, subject: { categoryId: number; districtId: number | null }, calendar?: WorkingCalendar, now = new Date()) {
  const today = calendar ? calendar.localDate(now) : now.toISOString().slice(0, 10);
  const decision = routeCase(await catalogueEntries(db, subject.categoryId), subject, today);
  return decision.kind === "route" ? { leadUnitId: decision.entry.leadUnitId, coUnitIds: [...decision.entry.coUnitIds] } : null;
}
