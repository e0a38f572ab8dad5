// What happens next on a case, in the citizen's terms (docs/rules.md#lifecycle): who has it, which
// due date comes next (the stored deadlines, set on the working-day calendar), and, once closed,
// whether it was resolved. The tracking page and the filing receipt word it from the catalogue.
import type { CaseStatus } from "./lifecycle";
import type { ReplyOutcome } from "./vocabulary";

/** Who has the case now. */
export type CaseHolder = "dispatch_centre" | "unit" | "unit_head" | "citizen" | "nobody";

/** The next deadline, by what must happen by then. */
export type NextDueKind = "sign_for" | "first_contact" | "reply" | "feedback";

/** How a closed case ended. */
export type Resolution =
  | "resolved" // the citizen said it was solved
  | "not_resolved" // the citizen said it was not, and accepted the reply anyway
  | "resolved_unconfirmed" // the unit reports it resolved; the citizen did not rate it
  | "answered"; // answered or explained, with nothing resolved (explained, not supported)

export interface NextStepCase {
  status: CaseStatus;
  signForDueAt: Date | null;
  firstContactDueAt: Date | null;
  replyDueAt: Date | null;
  feedbackDueAt: Date | null;
  replyOutcome: ReplyOutcome | null;
  /** The citizen's answer to "was it solved?" in the latest callback; null when there was none. */
  lastFeedbackSolved: boolean | null;
}

export interface NextStep {
  holder: CaseHolder;
  due: { kind: NextDueKind; at: Date; overdue: boolean } | null;
  resolution: Resolution | null;
}

const HOLDER: Record<CaseStatus, CaseHolder> = {
  submitted: "dispatch_centre",
  disputed: "dispatch_centre",
  dispatched: "unit",
  signed_for: "unit",
  contacted: "unit",
  in_progress: "unit",
  awaiting_approval: "unit_head",
  awaiting_citizen: "citizen",
  replied: "citizen",
  closed: "nobody",
  redirected: "nobody",
  merged: "nobody",
};

/** The milestone each status waits for; a re-handled case may lack it, and then the reply is next. */
const NEXT_DUE: Partial<Record<CaseStatus, NextDueKind>> = {
  dispatched: "sign_for",
  signed_for: "first_contact",
  contacted: "reply",
  in_progress: "reply",
  awaiting_approval: "reply",
  replied: "feedback",
  // awaiting_citizen: the reply clock is paused (no date); submitted, disputed: the dispatch
  // centre has no citizen-facing deadline.
};

export function resolutionOf(c: Pick<NextStepCase, "replyOutcome" | "lastFeedbackSolved">): Resolution {
  if (c.lastFeedbackSolved !== null) return c.lastFeedbackSolved ? "resolved" : "not_resolved";
  return c.replyOutcome === "resolved" ? "resolved_unconfirmed" : "answered";
}

export function nextStep(c: NextStepCase, now: Date): NextStep {
  const kind = NEXT_DUE[c.status];
  const dates: Record<NextDueKind, Date | null> = {
    sign_for: c.signForDueAt,
    first_contact: c.firstContactDueAt,
    reply: c.replyDueAt,
    feedback: c.feedbackDueAt,
  };
  const dueKind: NextDueKind | null =
    kind && dates[kind] ? kind : kind && kind !== "feedback" && c.replyDueAt ? "reply" : null;
  const at = dueKind ? dates[dueKind] : null;
  return {
    holder: HOLDER[c.status],
    due: dueKind && at ? { kind: dueKind, at, overdue: at.getTime() < now.getTime() } : null,
    resolution: c.status === "closed" ? resolutionOf(c) : null,
  };
}
