import "server-only";
import type { Queryable } from "@/db/client";
import { loadCatalogueEntries } from "@/db/queries/filing";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { routeCase } from "@/lib/domain/cases/routing";

/**
 * Where the dispatch catalogue would send this case today, or null when it cannot decide or would
 * send a report to the unit it accuses.
 */
export async function suggestRouting(
  db: Queryable,
  subject: { categoryId: number; districtId: number | null; accusedUnitId: number | null },
  calendar: WorkingCalendar,
  now = new Date(),
) {
  const decision = routeCase(await loadCatalogueEntries(db, subject.categoryId), subject, calendar.localDate(now));
  return decision.kind === "route"
    ? { leadUnitId: decision.entry.leadUnitId, coUnitIds: [...decision.entry.coUnitIds] }
    : null;
}
