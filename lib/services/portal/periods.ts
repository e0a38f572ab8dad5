// The periods the portal shows: the current month, quarter and year to date, and the last
// finished month, quarter and year (whose frozen scorecards, once published, are used as they are).
import "server-only";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { type LocalPeriod, type PeriodKind, periodContaining, shiftPeriod } from "@/lib/domain/metrics/periods";
import { type DayRange } from "./rollup-queries";

export const PORTAL_PERIODS = ["month", "lastMonth", "quarter", "lastQuarter", "year", "lastYear"] as const;
export type PortalPeriod = (typeof PORTAL_PERIODS)[number];

export interface ResolvedPeriod {
  choice: PortalPeriod;
  period: LocalPeriod;
  /** Finished periods end before today; the current ones run to date. */
  finished: boolean;
  /** The days actually covered: a current period ends today, not at its end date. */
  range: DayRange;
}

const KIND: Record<PortalPeriod, { kind: PeriodKind; back: number }> = {
  month: { kind: "month", back: 0 },
  lastMonth: { kind: "month", back: 1 },
  quarter: { kind: "quarter", back: 0 },
  lastQuarter: { kind: "quarter", back: 1 },
  year: { kind: "year", back: 0 },
  lastYear: { kind: "year", back: 1 },
};

export function isPortalPeriod(value: unknown): value is PortalPeriod {
  return typeof value === "string" && (PORTAL_PERIODS as readonly string[]).includes(value);
}

export function resolvePeriod(calendar: WorkingCalendar, now: Date, choice: PortalPeriod): ResolvedPeriod {
  const { kind, back } = KIND[choice];
  const period = shiftPeriod(periodContaining(kind, calendar.localDate(now)), -back);
  return { choice, period, finished: back > 0, range: { startDate: period.startDate, endDate: period.endDate } };
}

/** The `count` months up to and including the current one, oldest first. */
export function monthsUpToNow(calendar: WorkingCalendar, now: Date, count: number): LocalPeriod[] {
  const current = periodContaining("month", calendar.localDate(now));
  return Array.from({ length: count }, (_, index) => shiftPeriod(current, index - count + 1));
}

export function spanOf(periods: readonly LocalPeriod[]): DayRange {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new RangeError("no periods");
  return { startDate: first.startDate, endDate: last.endDate };
}
