// The case lifecycle of docs/rules.md#lifecycle as one transition table, plus the named state sets
// that drive queries and the buttons a user sees.
import type { Role } from "../access/roles";

export const CASE_STATUSES = [
  "submitted", // waiting for the dispatch centre
  "dispatched", // with the lead unit, not yet signed for
  "disputed", // the unit returned it; the operator must rule
  "signed_for",
  "contacted", // first contact with the citizen made
  "in_progress",
  "awaiting_citizen", // clock paused: waiting for information from the citizen
  "awaiting_approval", // reply drafted, waiting for the unit head
  "replied", // formal reply sent; waiting for the citizen's feedback
  "closed",
  "redirected", // outside the remit: the citizen was told the lawful channel
  "merged", // duplicate of an earlier case
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_EVENTS = [
  "submit",
  "auto_dispatch",
  "dispatch",
  "answer_directly",
  "redirect",
  "merge",
  "sign_for",
  "dispute",
  "reassign",
  "designate",
  "record_contact",
  "start_work",
  "await_citizen",
  "citizen_responded",
  "add_note",
  "co_unit_input",
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "submit_reply",
  "approve_reply",
  "return_reply",
  "reply",
  "accept_reply",
  "send_back",
  "close_unrated",
  "escalate",
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

const WORKING: Partial<Record<CaseEvent, CaseStatus>> = {
  add_note: "in_progress",
  co_unit_input: "in_progress",
  request_extension: "in_progress",
  approve_extension: "in_progress",
  refuse_extension: "in_progress",
  await_citizen: "awaiting_citizen",
  submit_reply: "awaiting_approval",
  reply: "replied",
  escalate: "in_progress",
};

/** status → event → next status. A missing entry means the event is not allowed. */
export const TRANSITIONS: Record<CaseStatus, Partial<Record<CaseEvent, CaseStatus>>> = {
  submitted: {
    auto_dispatch: "dispatched",
    dispatch: "dispatched",
    answer_directly: "closed",
    redirect: "redirected",
    merge: "merged",
    add_note: "submitted",
  },
  dispatched: {
    sign_for: "signed_for",
    dispute: "disputed",
    merge: "merged",
    add_note: "dispatched",
    escalate: "dispatched",
  },
  disputed: {
    reassign: "dispatched",
    designate: "dispatched",
    add_note: "disputed",
    escalate: "disputed",
  },
  signed_for: {
    record_contact: "contacted",
    dispute: "disputed",
    add_note: "signed_for",
    co_unit_input: "signed_for",
    request_extension: "signed_for",
    approve_extension: "signed_for",
    refuse_extension: "signed_for",
    await_citizen: "awaiting_citizen",
    escalate: "signed_for",
  },
  contacted: {
    ...WORKING,
    start_work: "in_progress",
    add_note: "contacted",
    co_unit_input: "contacted",
    request_extension: "contacted",
    approve_extension: "contacted",
    refuse_extension: "contacted",
    escalate: "contacted",
  },
  in_progress: { ...WORKING },
  awaiting_citizen: {
    citizen_responded: "in_progress",
    add_note: "awaiting_citizen",
    co_unit_input: "awaiting_citizen",
    escalate: "awaiting_citizen",
  },
  awaiting_approval: {
    approve_reply: "replied",
    return_reply: "in_progress",
    add_note: "awaiting_approval",
    escalate: "awaiting_approval",
  },
  replied: {
    accept_reply: "closed",
    send_back: "dispatched",
    close_unrated: "closed",
    add_note: "replied",
    // Rated "not fixed" a third time, at the re-handling limit: a problem case (problem-case.ts).
    escalate: "replied",
  },
  closed: {},
  redirected: {},
  merged: {},
};

export function nextStatus(status: CaseStatus, event: CaseEvent): CaseStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

export function allowedEvents(status: CaseStatus): CaseEvent[] {
  return CASE_EVENTS.filter((event) => TRANSITIONS[status][event] !== undefined);
}

/** Who may fire each event. "system" is the sweep and the auto-dispatcher. */
export type Actor = Role | "system";

export const EVENT_ACTORS: Record<CaseEvent, readonly Actor[]> = {
  submit: ["citizen", "operator", "system"],
  auto_dispatch: ["system"],
  dispatch: ["operator"],
  answer_directly: ["operator"],
  redirect: ["operator"],
  merge: ["operator"],
  sign_for: ["unit_staff", "unit_head"],
  dispute: ["unit_staff", "unit_head"],
  reassign: ["operator"],
  designate: ["operator"],
  record_contact: ["unit_staff", "unit_head"],
  start_work: ["unit_staff", "unit_head"],
  await_citizen: ["unit_staff", "unit_head"],
  citizen_responded: ["unit_staff", "unit_head", "citizen"],
  add_note: ["operator", "unit_staff", "unit_head", "supervisor"],
  co_unit_input: ["unit_staff", "unit_head"],
  request_extension: ["unit_staff", "unit_head"],
  approve_extension: ["unit_head"],
  refuse_extension: ["unit_head"],
  submit_reply: ["unit_staff"],
  approve_reply: ["unit_head"],
  return_reply: ["unit_head"],
  reply: ["unit_staff", "unit_head"],
  accept_reply: ["citizen", "operator"],
  send_back: ["citizen", "operator"],
  close_unrated: ["system"],
  escalate: ["system", "supervisor"],
};

export function mayFire(actor: Actor, event: CaseEvent): boolean {
  return EVENT_ACTORS[event].includes(actor);
}

/** Events shown on the public timeline; the rest are internal. */
export const PUBLIC_EVENTS: ReadonlySet<CaseEvent> = new Set<CaseEvent>([
  "submit",
  "auto_dispatch",
  "dispatch",
  "answer_directly",
  "redirect",
  "merge",
  "sign_for",
  "reassign",
  "designate",
  "record_contact",
  "approve_extension",
  "reply",
  "approve_reply",
  "accept_reply",
  "send_back",
  "close_unrated",
]);

// Named state sets.
export const TERMINAL_STATUSES: ReadonlySet<CaseStatus> = new Set(["closed", "redirected", "merged"]);
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set(CASE_STATUSES.filter((s) => !TERMINAL_STATUSES.has(s)));
/** Waiting for the dispatch centre (the operator's triage queue). */
export const TRIAGE_STATUSES: ReadonlySet<CaseStatus> = new Set(["submitted", "disputed"]);
/** With a unit, whose reply clock is running or paused. */
export const WITH_UNIT_STATUSES: ReadonlySet<CaseStatus> = new Set([
  "dispatched",
  "signed_for",
  "contacted",
  "in_progress",
  "awaiting_citizen",
  "awaiting_approval",
]);
/** The reply clock does not run in these states. */
export const CLOCK_STOPPED_STATUSES: ReadonlySet<CaseStatus> = new Set(["awaiting_citizen"]);
/** The unit has answered; the traffic light no longer applies. */
export const ANSWERED_STATUSES: ReadonlySet<CaseStatus> = new Set(["replied", "closed"]);

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.has(status);
}
