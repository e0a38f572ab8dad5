import type { WorkingCalendar } from "../calendar/working-calendar";
import type { ClockKind } from "../cases/vocabulary";
import { type ClockLimit, addClock } from "./deadline";

export interface SlaLimits {
  clockKind: ClockKind;
  signForLimit: number | null;
  firstContactLimit: number | null;
  replyLimit: number;
  disputeWindowWorkingDays: number;
}

export interface RoundDeadlines {
  signForDueAt: Date | null;
  firstContactDueAt: Date | null;
  replyDueAt: Date;
  disputeDueAt: Date;
}

/**
 * The deadlines of one handling round, from the moment the case reaches the unit. `reply` is the
 * round's reply allowance (reply-allowance.ts); the policy's reply limit when not given.
 */
export function roundDeadlines(
  start: Date,
  limits: SlaLimits,
  calendar: WorkingCalendar,
  reply: ClockLimit = { kind: limits.clockKind, amount: limits.replyLimit },
): RoundDeadlines {
  const kind = limits.clockKind;
  return {
    signForDueAt: limits.signForLimit ? addClock(start, { kind, amount: limits.signForLimit }, calendar) : null,
    firstContactDueAt: limits.firstContactLimit
      ? addClock(start, { kind, amount: limits.firstContactLimit }, calendar)
      : null,
    replyDueAt: addClock(start, reply, calendar),
    disputeDueAt: addClock(start, { kind: "working_days", amount: limits.disputeWindowWorkingDays }, calendar),
  };
}

/** Facts frozen when the unit replies, so later calendar edits never rewrite history. */
export function replyFacts(input: {
  repliedAt: Date;
  replyDueAt: Date | null;
  dispatchedAt: Date | null;
  calendar: WorkingCalendar;
}) {
  return {
    repliedOnTime: input.replyDueAt ? input.repliedAt <= input.replyDueAt : true,
    workingDaysToReply: input.dispatchedAt
      ? Math.max(0, input.calendar.workingDaysBetween(input.dispatchedAt, input.repliedAt))
      : null,
  };
}
