// Working days for one jurisdiction (docs/rules.md#working-calendar): weekends, public holidays and 调休
// make-up working days, all resolved in the jurisdiction's own time zone. Dates are plain
// "YYYY-MM-DD" strings so calendar arithmetic never depends on the server's zone; instants
// are converted with Intl, which knows every IANA zone's offsets and DST rules.

export type IsoDate = string; // "YYYY-MM-DD"

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export interface CalendarDefinition {
  timeZone: string; // IANA, e.g. "Asia/Shanghai"
  holidays: readonly IsoDate[]; // public holidays (days off, even on weekdays)
  makeUpWorkdays: readonly IsoDate[]; // 调休: Saturdays/Sundays that are working days
  weekendDays?: readonly number[]; // 0=Sun..6=Sat, default [0,6]
}

export interface WorkingCalendar {
  readonly timeZone: string;
  isWorkingDay(date: IsoDate): boolean;
  localDate(instant: Date): IsoDate;
  startOfLocalDay(date: IsoDate): Date;
  /** The instant a wall-clock "YYYY-MM-DDTHH:MM" names in this zone (a datetime-local input). */
  localInstant(dateTime: string): Date;
  addCalendarDays(date: IsoDate, n: number): IsoDate;
  nextWorkingDay(date: IsoDate): IsoDate;
  addWorkingDays(from: Date, n: number): Date;
  workingDaysBetween(from: Date, to: Date): number;
  workingDaysAfter(date: IsoDate, count: number): IsoDate[];
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Longer runs of days off than this mean a broken calendar, not a long holiday.
const MAX_DAYS_OFF_IN_A_ROW = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::00)?$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return toIsoDate(utc) === value;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / DAY_MS);
}

export function createWorkingCalendar(def: CalendarDefinition): WorkingCalendar {
  const { timeZone } = def;
  // Throws RangeError for an unknown zone, so a bad definition fails at load, not mid-sweep.
  const wallClockFormat = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const holidays = validatedDateSet(def.holidays, "holiday");
  const makeUpWorkdays = validatedDateSet(def.makeUpWorkdays, "make-up workday");
  for (const date of makeUpWorkdays) {
    if (holidays.has(date)) throw new RangeError(`${date} is both a holiday and a make-up workday`);
  }
  const weekendDays = new Set(def.weekendDays ?? [0, 6]);
  for (const day of weekendDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) throw new RangeError(`weekend day ${day} is not 0..6`);
  }

  /** The zone's wall clock at `instant`, read as if it were UTC (milliseconds dropped). */
  function wallClockAsUtc(instant: number): number {
    const parts: Record<string, number> = {};
    for (const part of wallClockFormat.formatToParts(new Date(instant))) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const field = (name: string): number => parts[name] ?? 0;
    return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  }

  function offsetAt(instant: number): number {
    return wallClockAsUtc(instant) - Math.floor(instant / 1000) * 1000;
  }

  function localDate(instant: Date): IsoDate {
    return toIsoDate(wallClockAsUtc(checkedTime(instant)));
  }

  function startOfLocalDay(date: IsoDate): Date {
    const utcMidnight = utcMidnightOf(date);
    // Local midnight is UTC midnight shifted by the zone's offset; try the offsets in force the
    // day before and the day after, so a DST change on this day cannot fool us. Earliest wins.
    const candidates = [offsetAt(utcMidnight - DAY_MS), offsetAt(utcMidnight + DAY_MS)]
      .map((offset) => utcMidnight - offset)
      .filter((instant) => wallClockAsUtc(instant) === utcMidnight)
      .sort((a, b) => a - b);
    const exact = candidates[0];
    if (exact !== undefined) return new Date(exact);
    // Midnight was skipped by a DST change (e.g. America/Santiago): the day begins at the
    // transition, the first instant whose local date is `date`. Offsets lie within ±14 h.
    let before = utcMidnight - 15 * HOUR_MS;
    let atOrAfter = utcMidnight + 15 * HOUR_MS;
    while (atOrAfter - before > 1) {
      const middle = Math.floor((before + atOrAfter) / 2);
      if (toIsoDate(wallClockAsUtc(middle)) >= date) atOrAfter = middle;
      else before = middle;
    }
    return new Date(atOrAfter);
  }

  function localInstant(dateTime: string): Date {
    const match = LOCAL_DATE_TIME.exec(dateTime);
    if (!match) throw new RangeError(`"${dateTime}" is not a YYYY-MM-DDTHH:MM time`);
    const [, date = "", hours = "", minutes = ""] = match;
    if (Number(hours) > 23 || Number(minutes) > 59) throw new RangeError(`"${dateTime}" is not a time of day`);
    const wall = utcMidnightOf(date) + Number(hours) * HOUR_MS + Number(minutes) * 60_000;
    // As for midnight: the offsets in force around the moment; earliest match; a time skipped by
    // a DST change is read with the offset before it.
    const candidates = [offsetAt(wall - DAY_MS), offsetAt(wall + DAY_MS)]
      .map((offset) => wall - offset)
      .filter((instant) => wallClockAsUtc(instant) === wall)
      .sort((a, b) => a - b);
    return new Date(candidates[0] ?? wall - offsetAt(wall - DAY_MS));
  }

  function isWorkingDay(date: IsoDate): boolean {
    if (makeUpWorkdays.has(validDate(date))) return true;
    if (holidays.has(date)) return false;
    return !weekendDays.has(new Date(utcMidnightOf(date)).getUTCDay());
  }

  function addCalendarDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`${n} is not a whole number of days`);
    return toIsoDate(utcMidnightOf(date) + n * DAY_MS);
  }

  function nextWorkingDay(date: IsoDate): IsoDate {
    let day = date;
    for (let step = 0; step < MAX_DAYS_OFF_IN_A_ROW; step++) {
      day = addCalendarDays(day, 1);
      if (isWorkingDay(day)) return day;
    }
    throw new RangeError(`no working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${date}`);
  }

  function addWorkingDays(from: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${n} is not a whole, non-negative number of working days`);
    // The day of `from` is never counted: it is already partly gone when the clock starts.
    let day = localDate(from);
    for (let i = 0; i < n; i++) day = nextWorkingDay(day);
    return startOfLocalDay(addCalendarDays(day, 1));
  }

  /** Working days d with after < d ≤ upTo, for after ≤ upTo. */
  function countWorkingDays(after: IsoDate, upTo: IsoDate): number {
    let count = 0;
    for (let day = addCalendarDays(after, 1); day <= upTo; day = addCalendarDays(day, 1)) {
      if (isWorkingDay(day)) count++;
    }
    return count;
  }

  function workingDaysBetween(from: Date, to: Date): number {
    const start = localDate(from);
    const end = localDate(to);
    return start <= end ? countWorkingDays(start, end) : -countWorkingDays(end, start);
  }

  function workingDaysAfter(date: IsoDate, count: number): IsoDate[] {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`${count} is not a whole, non-negative count`);
    const days: IsoDate[] = [];
    for (let day = date; days.length < count;) {
      day = nextWorkingDay(day);
      days.push(day);
    }
    return days;
  }

  return {
    timeZone,
    isWorkingDay,
    localDate,
    startOfLocalDay,
    localInstant,
    addCalendarDays,
    nextWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    workingDaysAfter,
  };
}

function validDate(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  return date;
}

function validatedDateSet(dates: readonly IsoDate[], what: string): ReadonlySet<IsoDate> {
  for (const date of dates) {
    if (!isIsoDate(date)) throw new RangeError(`${what} "${date}" is not a YYYY-MM-DD date`);
  }
  return new Set(dates);
}

function utcMidnightOf(date: IsoDate): number {
  const match = ISO_DATE.exec(validDate(date));
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function toIsoDate(utcMillis: number): IsoDate {
  const date = new Date(utcMillis);
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function checkedTime(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("invalid Date");
  return time;
}
