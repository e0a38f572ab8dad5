import "server-only";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";

/** A calendar month in the jurisdiction's time zone: [from, to) as instants. */
export interface MonthPeriod {
  month: string; // "YYYY-MM"
  from: Date;
  to: Date;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The local month `monthsBack` months before the one `now` falls in (0 = this month). */
export function monthPeriod(calendar: WorkingCalendar, now: Date, monthsBack = 0): MonthPeriod {
  const [year, month] = calendar.localDate(now).split("-").map(Number);
  if (year === undefined || month === undefined) throw new RangeError(`bad local date for ${now.toISOString()}`);
  const index = year * 12 + (month - 1) - monthsBack;
  return {
    month: monthKey(index),
    from: calendar.startOfLocalDay(`${monthKey(index)}-01`),
    to: calendar.startOfLocalDay(`${monthKey(index + 1)}-01`),
  };
}

/** This month and the `count - 1` before it, newest first. */
export function recentMonths(calendar: WorkingCalendar, now: Date, count: number): MonthPeriod[] {
  return Array.from({ length: count }, (_, back) => monthPeriod(calendar, now, back));
}
