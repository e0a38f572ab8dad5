import type { CaseType } from "../cases/vocabulary";
import type { ClockLimit } from "./deadline";

/** How a handling round starts: a dispatch (first, reassigned, designated) or a re-handling (发回重办). */
export type RoundKind = "dispatch" | "rehandle";

/**
 * The reply allowance of one handling round, stored on the case when the round starts so that
 * every later recomputation (a pause, an extension) starts from the same allowance:
 * - a re-handling asked for with a bad rating (差评) must be answered within
 *   `badRatingAnswerWorkingDays` working days (PRODUCT.md §4, default 15), whatever the policy;
 * - a petition response case is due in `petitionResponseWorkingDays` working days (§7, default 20),
 *   whatever its category's policy says;
 * - otherwise the SLA policy's reply limit.
 */
export function roundReplyAllowance(input: {
  caseType: CaseType;
  round: RoundKind;
  badRating: boolean;
  policy: { clockKind: ClockLimit["kind"]; replyLimit: number };
  settings: { petitionResponseWorkingDays: number; badRatingAnswerWorkingDays: number };
}): ClockLimit {
  if (input.round === "rehandle" && input.badRating)
    return { kind: "working_days", amount: input.settings.badRatingAnswerWorkingDays };
  if (input.caseType === "petition_response")
    return { kind: "working_days", amount: input.settings.petitionResponseWorkingDays };
  return { kind: input.policy.clockKind, amount: input.policy.replyLimit };
}
