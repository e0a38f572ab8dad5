// Local reporting periods (lib/domain/metrics/periods.ts) as instants in the jurisdiction's time zone.
import "server-only";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { type LocalPeriod, type PeriodKind, periodContaining } from "@/lib/domain/metrics/periods";

/** A period [from, to) as instants; `month` mirrors `key` so it also serves as a MonthPeriod. */
export interface ScorecardPeriod {
  kind: PeriodKind;
  key: string;
  month: string;
  from: Date;
  to: Date;
}

export function toInstants(calendar: WorkingCalendar, period: LocalPeriod): ScorecardPeriod {
  return {
    kind: period.kind,
    key: period.key,
    month: period.key,
    from: calendar.startOfLocalDay(period.startDate),
    to: calendar.startOfLocalDay(period.endDate),
  };
}

/** The period of `kind` that `at` falls in. */
export function periodAt(calendar: WorkingCalendar, kind: PeriodKind, at: Date): ScorecardPeriod {
  return toInstants(calendar, periodContaining(kind, calendar.localDate(at)));
}
