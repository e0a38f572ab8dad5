import type { CaseEvent, CaseStatus } from "./lifecycle";

// Who hears of a change to a case: the citizen when the case reaches them or its
// course changes, the lead unit when a case becomes theirs. Decided here, sent by the transition
// that makes the change, in its transaction (lib/services/cases/transition.ts).

export type CitizenNotice = "dispatched" | "extended" | "replied" | "redirected" | "answered" | "merged";
export type CaseNotice = { to: "citizen"; notice: CitizenNotice } | { to: "lead_unit" };

const BY_EVENT: Partial<Record<CaseEvent, readonly CaseNotice[]>> = {
  dispatch: [{ to: "lead_unit" }, { to: "citizen", notice: "dispatched" }],
  reassign: [{ to: "lead_unit" }],
  designate: [{ to: "lead_unit" }],
  answer_directly: [{ to: "citizen", notice: "answered" }],
  redirect: [{ to: "citizen", notice: "redirected" }],
  merge: [{ to: "citizen", notice: "merged" }],
  approve_extension: [{ to: "citizen", notice: "extended" }],
};

/**
 * The notices one transition causes. A filing's automatic dispatch and a petition's response case
 * tell the unit with their own receipts, so `auto_dispatch` causes none here; a reply reaches the
 * citizen when the case is replied (at once, or when a head approves it).
 */
export function caseNotices(event: CaseEvent, to: CaseStatus): readonly CaseNotice[] {
  if ((event === "reply" || event === "approve_reply") && to === "replied")
    return [{ to: "citizen", notice: "replied" }];
  return BY_EVENT[event] ?? [];
}
