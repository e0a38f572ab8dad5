import "server-only";
import { and, eq, gte, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { calendarDays, calendars } from "@/db/schema";
import { AppError } from "@/lib/errors";

// Edits of the working calendar. Deadlines are stored on each case when it is dispatched, so a
// change here affects only cases dispatched afterwards; nothing here touches cases.

type CalendarDay = typeof calendarDays.$inferSelect;

export async function calendarId(db: Queryable, code: string): Promise<number> {
  const [calendar] = await db.select({ id: calendars.id }).from(calendars).where(eq(calendars.code, code));
  if (!calendar) throw new AppError("not_found", `no calendar ${code}`);
  return calendar.id;
}

/** The holidays and make-up working days of one year, in date order. */
export async function calendarDaysOfYear(
  db: Queryable,
  year: number,
  code = DEFAULT_CALENDAR_CODE,
): Promise<CalendarDay[]> {
  const id = await calendarId(db, code);
  return db
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.calendarId, id),
        gte(calendarDays.date, `${year}-01-01`),
        lte(calendarDays.date, `${year}-12-31`),
      ),
    )
    .orderBy(calendarDays.date);
}
