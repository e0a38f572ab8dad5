import "server-only";
import { type Queryable, getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { type WorkingCalendar, createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";

const TTL_MS = 60_000;
const cache = new WeakMap<object, { calendar: WorkingCalendar; loadedAt: number }>();

/** The jurisdiction's calendar, cached for a minute per database: admins' edits show within that time. */
export async function loadCalendar(db?: Queryable, now = Date.now()): Promise<WorkingCalendar> {
  const database = db ?? (await getDb());
  const hit = cache.get(database);
  if (hit && now - hit.loadedAt < TTL_MS) return hit.calendar;
  const calendar = createWorkingCalendar(await loadCalendarDefinition(database));
  cache.set(database, { calendar, loadedAt: now });
  return calendar;
}

export function forgetCalendar(db: Queryable): void {
  cache.delete(db);
}
