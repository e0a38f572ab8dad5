import { getFormatter, getTranslations } from "next-intl/server";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";

/**
 * Day-based deadlines fall at local midnight, the end of the due day: show them as that day,
 * not as "12:00 AM" of the next one. Hour clocks keep their time.
 */
export function dueDisplay(due: Date, calendar: WorkingCalendar): { endOfDay: boolean; day: Date } {
  const midnight = calendar.startOfLocalDay(calendar.localDate(due)).getTime() === due.getTime();
  return { endOfDay: midnight, day: midnight ? new Date(due.getTime() - 1) : due };
}

/** Moments and deadlines in the reader's language: null when there is none. */
export async function caseDateFormatters(calendar: WorkingCalendar) {
  const t = await getTranslations();
  const format = await getFormatter();
  const when = (date: Date | null): string | null =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : null;
  const due = (date: Date | null): string | null => {
    if (!date) return null;
    const shown = dueDisplay(date, calendar);
    return shown.endOfDay
      ? t("common.endOfDay", { date: format.dateTime(shown.day, { dateStyle: "medium" }) })
      : when(date);
  };
  return { when, due };
}
