import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";

/**
 * Day-based deadlines fall at local midnight, the end of the due day: show them as that day,
 * not as "12:00 AM" of the next one. Hour clocks keep their time.
 */
export function dueDisplay(due: Date, calendar: WorkingCalendar): { endOfDay: boolean; day: Date } {
  const midnight = calendar.startOfLocalDay(calendar.localDate(due)).getTime() === due.getTime();
  return { endOfDay: midnight, day: midnight ? new Date(due.getTime() - 1) : due };
}
