// A phone callback (回访) an operator records on a replied case (docs/case-classes.md#the-hotline-desk).
// Reached: the caller's three answers become the feedback of record, exactly as if the citizen had
// given them online. Not reached: only the attempt is recorded; the case keeps waiting, and past the
// feedback window it counts as not rated, never as satisfied (docs/rules.md#feedback).

import type { SatisfactionLevel } from "@/lib/domain/cases/vocabulary";

export interface PhoneCallback {
  reached: boolean;
  /** The caller says the unit contacted them. */
  contacted?: boolean;
  solved?: boolean;
  satisfaction?: SatisfactionLevel;
  calledAt: Date;
}

export type CallbackError = "required" | "calledInFuture" | "calledBeforeReply" | "notReachedNoAnswers";

export type CallbackOutcome =
  | { kind: "feedback"; contacted: boolean; solved: boolean; satisfaction: SatisfactionLevel; calledAt: Date }
  | { kind: "not_reached"; calledAt: Date };

/** A reached caller answered all three questions; an unreached one none (the form checks this too). */
export function callbackAnswerErrors(
  callback: Pick<PhoneCallback, "reached" | "contacted" | "solved" | "satisfaction">,
): Partial<Record<"reached" | "contacted" | "solved" | "satisfaction", CallbackError>> {
  const errors: Partial<Record<"reached" | "contacted" | "solved" | "satisfaction", CallbackError>> = {};
  if (callback.reached) {
    if (callback.contacted === undefined) errors.contacted = "required";
    if (callback.solved === undefined) errors.solved = "required";
    if (callback.satisfaction === undefined) errors.satisfaction = "required";
  } else if (callback.contacted !== undefined || callback.solved !== undefined || callback.satisfaction !== undefined) {
    errors.reached = "notReachedNoAnswers";
  }
  return errors;
}

/** How long before "now" a clock difference between the operator's PC and the server is tolerated. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The callback as feedback, or the field errors that stop it: the call happened after the reply
 * and not in the future; a reached caller answered all three questions; an unreached one none.
 */
export function callbackOutcome(
  callback: PhoneCallback,
  context: { now: Date; repliedAt: Date | null },
): CallbackOutcome | { errors: Partial<Record<keyof PhoneCallback, CallbackError>> } {
  const errors: Partial<Record<keyof PhoneCallback, CallbackError>> = {};
  if (callback.calledAt.getTime() > context.now.getTime() + CLOCK_SKEW_MS) errors.calledAt = "calledInFuture";
  // The time is entered to the minute: a call in the reply's own minute is after it.
  else if (
    context.repliedAt &&
    callback.calledAt.getTime() < context.repliedAt.getTime() - (context.repliedAt.getTime() % 60_000)
  )
    errors.calledAt = "calledBeforeReply";
  Object.assign(errors, callbackAnswerErrors(callback));
  if (Object.keys(errors).length > 0) return { errors };
  if (!callback.reached) return { kind: "not_reached", calledAt: callback.calledAt };
  return {
    kind: "feedback",
    contacted: callback.contacted as boolean,
    solved: callback.solved as boolean,
    satisfaction: callback.satisfaction as SatisfactionLevel,
    calledAt: callback.calledAt,
  };
}
