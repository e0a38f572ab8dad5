// Supervision notices (督办单, docs/rules.md#supervision): a supervisor demands of one unit a written
// answer about a case, a group of cases or a topic, by a deadline on the working-day calendar.
// The unit's head answers; a supervisor accepts the answer or sends it back with a reason (the head
// answers again, by a new deadline); a notice still waiting for its answer when the deadline has
// passed is overdue, and escalates exactly once (a red card, the unit's superior unit informed).
import type { Role } from "../access/roles";
import type { WorkingCalendar } from "../calendar/working-calendar";

/** 一般督办 · 重点督办 · 领导交办. */
export const NOTICE_LEVELS = ["general", "key", "leader_assigned"] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

export const NOTICE_STATUSES = ["issued", "answered", "sent_back", "accepted"] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** What a supervisor decides about an answer. */
export const NOTICE_DECISIONS = ["accepted", "sent_back"] as const;
export type NoticeDecision = (typeof NOTICE_DECISIONS)[number];

export type NoticeAction = "answer" | "accept" | "send_back";

/** What a notice shows: its status, or "overdue" while its answer is late. */
export type NoticeState = NoticeStatus | "overdue";

/** Working days a unit has to answer, unless the supervisor chooses otherwise (1 to 30). */
export const DEFAULT_NOTICE_WORKING_DAYS = 5;
export const MIN_NOTICE_WORKING_DAYS = 1;
export const MAX_NOTICE_WORKING_DAYS = 30;

const NEXT: Record<NoticeAction, Partial<Record<NoticeStatus, NoticeStatus>>> = {
  answer: { issued: "answered", sent_back: "answered" },
  accept: { answered: "accepted" },
  send_back: { answered: "sent_back" },
};

/** The status an action leads to, or null where the action is not possible in this status. */
export function nextNoticeStatus(status: NoticeStatus, action: NoticeAction): NoticeStatus | null {
  return NEXT[action][status] ?? null;
}

/** The end of the `workingDays`-th working day after the day of `from` (the day itself does not count). */
export function noticeDueAt(from: Date, workingDays: number, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(workingDays) || workingDays < MIN_NOTICE_WORKING_DAYS || workingDays > MAX_NOTICE_WORKING_DAYS)
    throw new RangeError(`${workingDays} is not an allowed number of working days for a notice`);
  return calendar.addWorkingDays(from, workingDays);
}

/**
 * Who may do what: a supervisor issues notices and decides on answers; only a head of the unit
 * the notice is addressed to answers it. Any supervisor acts for the office, not only the issuer.
 */
export function mayActOnNotice(
  actor: { role: Role; unitId: number | null },
  notice: { unitId: number; status: NoticeStatus },
  action: NoticeAction,
): boolean {
  if (nextNoticeStatus(notice.status, action) === null) return false;
  if (action === "answer") return actor.role === "unit_head" && actor.unitId === notice.unitId;
  return actor.role === "supervisor";
}

/** Issued or sent back: the unit owes an answer. */
export function awaitsAnswer(status: NoticeStatus): boolean {
  return status === "issued" || status === "sent_back";
}

/** Overdue: the unit owes an answer and the deadline has passed. */
export function isNoticeOverdue(notice: { status: NoticeStatus; dueAt: Date }, now: Date): boolean {
  return awaitsAnswer(notice.status) && now.getTime() >= notice.dueAt.getTime();
}

/** Escalated once, never again: a second missed deadline (after a send-back) does not escalate anew. */
export function shouldEscalate(
  notice: { status: NoticeStatus; dueAt: Date; escalatedAt: Date | null },
  now: Date,
): boolean {
  return notice.escalatedAt === null && isNoticeOverdue(notice, now);
}

/** An answer given at or after its deadline is late (it is still taken). */
export function answeredLate(answeredAt: Date, dueAt: Date): boolean {
  return answeredAt.getTime() >= dueAt.getTime();
}

export function noticeState(notice: { status: NoticeStatus; dueAt: Date }, now: Date): NoticeState {
  return isNoticeOverdue(notice, now) ? "overdue" : notice.status;
}
