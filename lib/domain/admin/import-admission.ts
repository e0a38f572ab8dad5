import type { IsoDate } from "@/lib/domain/calendar/working-calendar";

// Imports cannot rewrite the scorecards (docs/imports.md). A historic case is admitted only when
// every one of its dates lies before the live system took over and before the open month:
// - on or after the go-live date, cases come through the live system, never through a file;
// - a date in the current month (or later) would change figures that are still live;
// - without a go-live date, the open month is the only limit.
// Dates inside an already frozen (published) period are admitted: the frozen versions stay as
// they are, because the automatic recomputation leaves out cases imported after a period's
// latest version (lib/services/scorecards/freeze.ts); only an admin's recomputation, with its
// public reason, brings them into a published figure.
// Dates are local dates in the jurisdiction's time zone, as the periods are.

export type AdmissionRefusal = "inFuture" | "afterGoLive" | "openPeriod";

export interface ImportDates {
  createdAt: IsoDate;
  repliedAt: IsoDate | null;
  closedAt: IsoDate | null;
}

export interface AdmissionRules {
  /** The first day of the live system, or null when no go-live date is set. */
  goLive: IsoDate | null;
  /** Today, local. */
  today: IsoDate;
}

export type Admission =
  { admitted: true } | { admitted: false; field: "created_at" | "replied_at" | "closed_at"; reason: AdmissionRefusal };

/** The first day of the month `date` is in: the start of the open period when `date` is today. */
export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Why one date cannot be imported, or null when it can. */
export function refusalOf(date: IsoDate, rules: AdmissionRules): AdmissionRefusal | null {
  if (date > rules.today) return "inFuture";
  if (rules.goLive !== null && date >= rules.goLive) return "afterGoLive";
  if (date >= monthStart(rules.today)) return "openPeriod";
  return null;
}

/** Whether a historic case may be imported; the first refused date (in the order of the case's life) says why not. */
export function importAdmissible(dates: ImportDates, rules: AdmissionRules): Admission {
  const fields = [
    ["created_at", dates.createdAt],
    ["replied_at", dates.repliedAt],
    ["closed_at", dates.closedAt],
  ] as const;
  for (const [field, date] of fields) {
    if (date === null) continue;
    const reason = refusalOf(date, rules);
    if (reason !== null) return { admitted: false, field, reason };
  }
  return { admitted: true };
}
