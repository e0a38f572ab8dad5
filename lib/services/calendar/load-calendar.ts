import "server-only";
import { type Queryable, getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { type WorkingCalendar, createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { createCache } from "../cache";

const cache = createCache<"all", WorkingCalendar>({ name: "working-day calendar", ttlMs: 60_000 });

/** The jurisdiction's calendar, cached for a minute per database: admins' edits show within that time. */
export async function loadCalendar(db?: Queryable, now = Date.now()): Promise<WorkingCalendar> {
  const database = db ?? (await getDb());
  return cache.get(database, "all", async () => createWorkingCalendar(await loadCalendarDefinition(database)), { now });
}

export function forgetCalendar(db: Queryable): void {
  cache.forget(db);
}
