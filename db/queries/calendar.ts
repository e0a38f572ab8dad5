import "server-only";
import { eq } from "drizzle-orm";
import { type CalendarDefinition, DEFAULT_TIME_ZONE } from "@/lib/domain/calendar/working-calendar";
import type { Queryable } from "../client";
import { calendarDays, calendars } from "../schema";

export const DEFAULT_CALENDAR_CODE = "jiangbin";

/** The stored calendar of a jurisdiction, in the shape lib/domain needs. */
export async function loadCalendarDefinition(db: Queryable, code = DEFAULT_CALENDAR_CODE): Promise<CalendarDefinition> {
  const [calendar] = await db.select().from(calendars).where(eq(calendars.code, code));
  if (!calendar) return { timeZone: DEFAULT_TIME_ZONE, holidays: [], makeUpWorkdays: [] };
  const days = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(eq(calendarDays.calendarId, calendar.id));
  return {
    timeZone: calendar.timeZone,
    holidays: days.filter((d) => d.kind === "holiday").map((d) => d.date),
    makeUpWorkdays: days.filter((d) => d.kind === "workday").map((d) => d.date),
  };
}
