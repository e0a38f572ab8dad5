import "server-only";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { ANSWERED_STATUSES, type CaseStatus, CLOCK_STOPPED_STATUSES } from "@/lib/domain/cases/lifecycle";
import type { ClockKind } from "@/lib/domain/cases/vocabulary";
import {
  DEFAULT_WARNING,
  type TrafficLight,
  type WarningPolicy,
  trafficLight,
} from "@/lib/domain/deadlines/traffic-light";

interface LightInput {
  status: CaseStatus;
  dispatchedAt: Date | null;
  replyDueAt: Date | null;
  clockKind: ClockKind | null;
  /** The case's SLA policy's warning window; the shipped default where the row has none. */
  warningFraction?: number | null;
  warningMinimumWorkingDays?: number | null;
}

/** The warning window of a case's SLA policy (PRODUCT.md §2), or the default. */
export function warningOf(row: Pick<LightInput, "warningFraction" | "warningMinimumWorkingDays">): WarningPolicy {
  const fraction = row.warningFraction ?? null;
  const minimumWorkingDays = row.warningMinimumWorkingDays ?? null;
  if (fraction === null || minimumWorkingDays === null) return DEFAULT_WARNING;
  return { fraction, minimumWorkingDays };
}

/** The traffic light of a case now, or null where no reply clock runs. */
export function caseLight(row: LightInput, calendar: WorkingCalendar, now: Date): TrafficLight | null {
  if (!row.dispatchedAt || !row.replyDueAt || !row.clockKind) return null;
  if (ANSWERED_STATUSES.has(row.status) || CLOCK_STOPPED_STATUSES.has(row.status)) return null;
  return trafficLight({
    now,
    startAt: row.dispatchedAt,
    dueAt: row.replyDueAt,
    clockKind: row.clockKind,
    calendar,
    warning: warningOf(row),
  });
}

const LIGHT_ORDER: Record<TrafficLight, number> = { red: 0, yellow: 1, green: 2 };

/** Inbox order: red first, then yellow, then green; within a light, the earliest due first. */
export function byLightThenDue<T extends { light: TrafficLight | null; replyDueAt: Date | null }>(a: T, b: T): number {
  const light = (a.light ? LIGHT_ORDER[a.light] : 3) - (b.light ? LIGHT_ORDER[b.light] : 3);
  if (light !== 0) return light;
  return (a.replyDueAt?.getTime() ?? Infinity) - (b.replyDueAt?.getTime() ?? Infinity);
}
