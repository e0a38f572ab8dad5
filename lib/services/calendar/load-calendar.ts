import { getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { type WorkingCalendar, createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";

const TTL_MS = 60_000;
let cached: { calendar: WorkingCalendar; loadedAt: number } | undefined;

/** The jurisdiction's calendar, cached for a minute: admins' edits show within that time. */
export async function loadCalendar(now = Date.now()): Promise<WorkingCalendar> {
  if (cached && now - cached.loadedAt < TTL_MS) return cached.calendar;
  const calendar = createWorkingCalendar(await loadCalendarDefinition(await getDb()));
  cached = { calendar, loadedAt: now };
  return calendar;
}

export function forgetCalendar(): void {
  cached = undefined;
}
