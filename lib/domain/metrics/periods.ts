// Reporting periods for the scorecards (docs/rules.md#metrics): calendar months, quarters and years in
// the jurisdiction's local time. Pure date arithmetic on "YYYY-MM-DD" strings; the service layer
// turns a local date into an instant with the working calendar.

export const PERIOD_KINDS = ["month", "quarter", "year"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A local period [startDate, endDate): endDate is the first day of the next period. */
export interface LocalPeriod {
  kind: PeriodKind;
  key: string; // "2026-03", "2026-Q1", "2026"
  startDate: string; // "YYYY-MM-DD", always the first of a month
  endDate: string;
}

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === "string" && (PERIOD_KINDS as readonly string[]).includes(value);
}

function monthIndexOf(localDate: string): number {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(localDate);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`not a local date or month: ${localDate}`);
  return Number(match[1]) * 12 + month - 1;
}

function firstOfMonth(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

function periodAt(kind: PeriodKind, startIndex: number): LocalPeriod {
  const year = Math.floor(startIndex / 12);
  const month = (startIndex % 12) + 1;
  const key =
    kind === "year"
      ? String(year)
      : kind === "quarter"
        ? `${year}-Q${Math.floor((month - 1) / 3) + 1}`
        : `${year}-${String(month).padStart(2, "0")}`;
  return { kind, key, startDate: firstOfMonth(startIndex), endDate: firstOfMonth(startIndex + MONTHS_IN[kind]) };
}

/** The period of `kind` that a local date ("YYYY-MM-DD" or "YYYY-MM") falls in. */
export function periodContaining(kind: PeriodKind, localDate: string): LocalPeriod {
  const index = monthIndexOf(localDate);
  const size = MONTHS_IN[kind];
  return periodAt(kind, index - (index % size));
}

/** The period `steps` periods after (negative: before) the given one. */
export function shiftPeriod(period: LocalPeriod, steps: number): LocalPeriod {
  if (!Number.isInteger(steps)) throw new RangeError(`steps ${steps} is not a whole number`);
  return periodAt(period.kind, monthIndexOf(period.startDate) + steps * MONTHS_IN[period.kind]);
}

/** Parses "2026-03", "2026-Q1" or "2026" back into its period; null when it is none of them. */
export function parsePeriodKey(key: string): LocalPeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return periodContaining("month", key);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return periodAt("quarter", Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3);
  const year = /^(\d{4})$/.exec(key);
  if (year) return periodAt("year", Number(year[1]) * 12);
  return null;
}

/** A period has finished once the local date `today` is on or after its end date. */
export function isFinished(period: LocalPeriod, today: string): boolean {
  return today >= period.endDate;
}

/**
 * Every finished period of `kind` from the one containing `firstLocalDate` (the first case) to the
 * last one before `today`, oldest first: the methodology freezes each of them, empty ones too.
 * Nothing when the first date is in the current period or later.
 */
export function finishedPeriodsSince(kind: PeriodKind, firstLocalDate: string, today: string): LocalPeriod[] {
  const first = periodContaining(kind, firstLocalDate);
  const current = periodContaining(kind, today);
  const count = (monthIndexOf(current.startDate) - monthIndexOf(first.startDate)) / MONTHS_IN[kind];
  return Array.from({ length: Math.max(0, count) }, (_, step) => shiftPeriod(first, step));
}

/** The months that make up a period, in order: a quarter has three, a year twelve. */
export function monthsOf(period: LocalPeriod): LocalPeriod[] {
  const first = periodContaining("month", period.startDate);
  return Array.from({ length: MONTHS_IN[period.kind] }, (_, step) => shiftPeriod(first, step));
}
