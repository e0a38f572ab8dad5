// The traffic light and overdue cards of a case (docs/rules.md#traffic-light). Desk, sweep and statistics
// all call these two functions, so a case never shows two colours in two places.
//
// Day-based clocks are judged in whole local days, because their due dates are "end of day"
// instants (local midnight starting the next day):
// - days remaining = whole days after today up to the last day that ends by the due instant,
//   so a case due at the end of today has 0 days left (yellow), never 1;
// - days overdue = whole days that have passed entirely since the due instant, so a case that
//   fell due at the end of yesterday is red but 0 days overdue until today is over.
import { daysBetween, type IsoDate, type WorkingCalendar } from "../calendar/working-calendar";
import type { ClockKind } from "../cases/vocabulary";

export type TrafficLight = "green" | "yellow" | "red";

export interface WarningPolicy {
  minimumWorkingDays: number; // working_days clocks: the window is never shorter than this
  fraction: number; // ... nor shorter than this share of the allowance
}
export const DEFAULT_WARNING: WarningPolicy = { minimumWorkingDays: 1, fraction: 0.2 };

export interface CardPolicy {
  yellowAfterWorkingDays: number;
  redAfterWorkingDays: number;
}
export const DEFAULT_CARDS: CardPolicy = { yellowAfterWorkingDays: 1, redAfterWorkingDays: 3 };

export type OverdueCard = "yellow_card" | "red_card";

export interface TrafficLightInput {
  now: Date;
  startAt: Date;
  dueAt: Date;
  clockKind: ClockKind;
  calendar: WorkingCalendar;
  warning?: WarningPolicy;
}

// fraction × allowance is a float (0.2 × 15 = 3.0000000000000004); never let rounding move a boundary.
const EPSILON = 1e-9;

export function trafficLight(input: TrafficLightInput): TrafficLight {
  if (input.now.getTime() >= input.dueAt.getTime()) return "red";
  const warning = input.warning ?? DEFAULT_WARNING;
  const { remaining, allowance, minimum } = timeLeft(input, warning);
  return remaining <= Math.max(warning.fraction * allowance, minimum) + EPSILON ? "yellow" : "green";
}

/** What is left, out of how much, and the shortest warning window — in the clock's own unit. */
function timeLeft(
  { now, startAt, dueAt, clockKind, calendar }: TrafficLightInput,
  warning: WarningPolicy,
): { remaining: number; allowance: number; minimum: number } {
  switch (clockKind) {
    case "hours": // milliseconds; no minimum, the fraction alone sets the window
      return { remaining: dueAt.getTime() - now.getTime(), allowance: dueAt.getTime() - startAt.getTime(), minimum: 0 };
    case "calendar_days": {
      const lastDay = lastWholeDayBy(dueAt, calendar);
      return {
        remaining: Math.max(0, daysBetween(calendar.localDate(now), lastDay)),
        allowance: daysBetween(calendar.localDate(startAt), lastDay),
        minimum: 1,
      };
    }
    case "working_days": {
      const lastDayStart = calendar.startOfLocalDay(lastWholeDayBy(dueAt, calendar));
      return {
        remaining: Math.max(0, calendar.workingDaysBetween(now, lastDayStart)),
        allowance: calendar.workingDaysBetween(startAt, lastDayStart),
        minimum: warning.minimumWorkingDays,
      };
    }
  }
}

export function workingDaysOverdue(now: Date, dueAt: Date, calendar: WorkingCalendar): number {
  if (now.getTime() < dueAt.getTime()) return 0;
  const firstDay = firstWholeDayFrom(dueAt, calendar);
  const today = calendar.localDate(now);
  // Working days d with firstDay ≤ d < today: today is still running, so it does not count yet.
  const dayBefore = (date: IsoDate): Date => calendar.startOfLocalDay(calendar.addCalendarDays(date, -1));
  return Math.max(0, calendar.workingDaysBetween(dayBefore(firstDay), dayBefore(today)));
}

export function overdueCard(input: {
  now: Date;
  dueAt: Date;
  calendar: WorkingCalendar;
  policy?: CardPolicy;
}): OverdueCard | null {
  const { yellowAfterWorkingDays, redAfterWorkingDays } = input.policy ?? DEFAULT_CARDS;
  const overdue = workingDaysOverdue(input.now, input.dueAt, input.calendar);
  if (overdue >= redAfterWorkingDays) return "red_card";
  if (overdue >= yellowAfterWorkingDays) return "yellow_card";
  return null;
}

/** The last local day that is over by `instant` (for an end-of-day instant, that very day). */
function lastWholeDayBy(instant: Date, calendar: WorkingCalendar): IsoDate {
  return calendar.addCalendarDays(calendar.localDate(instant), -1);
}

/** The first local day that begins at or after `instant`. */
function firstWholeDayFrom(instant: Date, calendar: WorkingCalendar): IsoDate {
  const day = calendar.localDate(instant);
  return calendar.startOfLocalDay(day).getTime() === instant.getTime() ? day : calendar.addCalendarDays(day, 1);
}
