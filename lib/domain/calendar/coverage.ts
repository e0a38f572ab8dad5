// How far the working-day calendar is known (docs/administration.md#the-yearly-calendar-task): the
// State Council publishes each year's holidays and 调休 days in the autumn before, and an admin
// imports them. Past the last year with an official holiday listed, every weekday would count as a
// working day, so deadlines would run through the Spring Festival: the admin is warned in time.
import { type CalendarDefinition, type IsoDate, daysBetween } from "./working-calendar";

/** Days before the calendar runs out that the admin dashboard starts warning. */
export const CALENDAR_WARNING_DAYS = 60;

export interface CalendarCoverage {
  /** The last year with an official public holiday listed; null when none is. */
  lastYear: number | null;
  /** The last day the calendar is known for (31 December of that year). */
  endsOn: IsoDate | null;
  /** Whole days from today to `endsOn` (negative once it has passed). */
  daysLeft: number | null;
  /** The year the admin should import next. */
  nextYear: number;
  warn: boolean;
}

export function calendarCoverage(
  definition: Pick<CalendarDefinition, "holidays">,
  today: IsoDate,
  warningDays = CALENDAR_WARNING_DAYS,
): CalendarCoverage {
  const years = definition.holidays.map((date) => Number(date.slice(0, 4)));
  const todayYear = Number(today.slice(0, 4));
  if (years.length === 0) return { lastYear: null, endsOn: null, daysLeft: null, nextYear: todayYear, warn: true };
  const lastYear = Math.max(...years);
  const endsOn = `${lastYear}-12-31`;
  const daysLeft = daysBetween(today, endsOn);
  return { lastYear, endsOn, daysLeft, nextYear: lastYear + 1, warn: daysLeft < warningDays };
}
