// Due dates of a case (docs/rules.md#deadlines), computed once at dispatch and stored on the row.
//
// Rules:
// - hours: exactly `amount` hours later, around the clock.
// - calendar_days: end of the local day `amount` days after the start day.
// - working_days: end of the `amount`-th working day after the start day (calendar.addWorkingDays).
//   The start day itself never counts, because part of it is already gone; an instant at exact
//   local midnight is the end of the day before, so extending a due date that is "end of
//   Tuesday" by N days counts from Wednesday, and addClock(addClock(t, a), b) = addClock(t, a + b).
// - pauses (waiting for the citizen, approved suspension) are merged where they overlap and
//   clipped to the clock start. hours and calendar_days clocks move by the paused duration;
//   working_days clocks move by the working days the pauses touch (workingDaysBetween per pause).
// - approved extensions apply after the pauses, in the order given, each in its own clock kind.
import type { WorkingCalendar } from "../calendar/working-calendar";
import type { ClockKind } from "../cases/vocabulary";

export interface ClockLimit {
  kind: ClockKind;
  amount: number; // > 0: hours (may be fractional), whole working days or whole calendar days
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface DeadlineInput {
  startAt: Date; // when the clock starts (dispatch)
  limit: ClockLimit;
  calendar: WorkingCalendar;
  pauses?: readonly Interval[]; // clock stopped (waiting for citizen, approved suspension)
  extensions?: readonly ClockLimit[]; // approved extensions, each in any clock kind
}

const HOUR_MS = 3_600_000;

export function addClock(from: Date, limit: ClockLimit, calendar: WorkingCalendar): Date {
  assertLimit(limit);
  switch (limit.kind) {
    case "hours":
      return new Date(from.getTime() + limit.amount * HOUR_MS);
    case "calendar_days": {
      const startDay = calendar.localDate(endOfDayReading(from));
      return calendar.startOfLocalDay(calendar.addCalendarDays(startDay, limit.amount + 1));
    }
    case "working_days":
      return calendar.addWorkingDays(endOfDayReading(from), limit.amount);
  }
}

export function computeDueAt(input: DeadlineInput): Date {
  const { startAt, limit, calendar } = input;
  let dueAt = addClock(startAt, limit, calendar);

  const pauses = mergeIntervals(input.pauses ?? [], startAt);
  if (limit.kind === "working_days") {
    const pausedWorkingDays = pauses.reduce(
      (sum, pause) => sum + calendar.workingDaysBetween(pause.start, pause.end),
      0,
    );
    if (pausedWorkingDays > 0) dueAt = addClock(dueAt, { kind: "working_days", amount: pausedWorkingDays }, calendar);
  } else {
    const pausedMs = pauses.reduce((sum, pause) => sum + (pause.end.getTime() - pause.start.getTime()), 0);
    dueAt = new Date(dueAt.getTime() + pausedMs);
  }

  for (const extension of input.extensions ?? []) dueAt = addClock(dueAt, extension, calendar);
  return dueAt;
}

/** Sorted, non-overlapping, non-empty intervals, none starting before `notBefore`. */
export function mergeIntervals(intervals: readonly Interval[], notBefore: Date): Interval[] {
  const clipped = intervals
    .map((interval) => {
      if (interval.end.getTime() < interval.start.getTime()) {
        throw new RangeError(`pause ends (${interval.end.toISOString()}) before it starts`);
      }
      const start = Math.max(interval.start.getTime(), notBefore.getTime());
      return { start, end: Math.max(interval.end.getTime(), start) };
    })
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);

  const merged: { start: number; end: number }[] = [];
  for (const interval of clipped) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged.map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}

/** Reads an instant at exact local midnight as the last moment of the day before. */
function endOfDayReading(instant: Date): Date {
  return new Date(instant.getTime() - 1);
}

function assertLimit(limit: ClockLimit): void {
  const { kind, amount } = limit;
  const valid = kind === "hours" ? Number.isFinite(amount) && amount > 0 : Number.isInteger(amount) && amount > 0;
  if (!valid) throw new RangeError(`${amount} is not a valid ${kind} limit`);
}
