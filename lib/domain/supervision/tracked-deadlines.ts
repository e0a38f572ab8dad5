// Which deadlines of a case its overdue cards are judged on (lib/domain/supervision/cards.ts).
import { CLOCK_STOPPED_STATUSES, type CaseStatus, WITH_UNIT_STATUSES } from "../cases/lifecycle";
import type { TrackedDeadline } from "./cards";

export interface CaseRound {
  status: CaseStatus;
  clockStartedAt: Date | null;
  signForDueAt: Date | null;
  signedForAt: Date | null;
  firstContactDueAt: Date | null;
  contactedAt: Date | null;
  replyDueAt: Date | null;
  repliedAt: Date | null;
}

/**
 * The deadlines of a case's current round that cards are judged on. A milestone counts only if it
 * belongs to this round (a re-handled case keeps the reply of its first round); an unmet deadline
 * counts only while the case is with its unit and the clock runs — a case paused for the citizen,
 * back at the dispatch centre or closed is not late for what it no longer waits on.
 */
export function trackedDeadlines(row: CaseRound): TrackedDeadline[] {
  const clockRuns = WITH_UNIT_STATUSES.has(row.status) && !CLOCK_STOPPED_STATUSES.has(row.status);
  const ofRound = (at: Date | null) =>
    at && (!row.clockStartedAt || at.getTime() >= row.clockStartedAt.getTime()) ? at : null;
  const deadlines: TrackedDeadline[] = [
    { deadline: "sign_for", dueAt: row.signForDueAt, metAt: ofRound(row.signedForAt) },
    { deadline: "first_contact", dueAt: row.firstContactDueAt, metAt: ofRound(row.contactedAt) },
    { deadline: "reply", dueAt: row.replyDueAt, metAt: ofRound(row.repliedAt) },
  ];
  return deadlines.filter((d) => d.dueAt && (d.metAt || clockRuns));
}
