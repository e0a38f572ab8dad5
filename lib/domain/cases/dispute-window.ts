/**
 * 退单: may the lead unit return the case to the dispatch centre now (docs/rules.md#disputes)?
 *
 * `disputeDueAt` is the end of the window of the latest dispatch to the case's lead unit: each
 * dispatch, reassignment and designation stores a new one, counted from that moment. A round
 * without a window — re-handling (发回重办), which returns the case to the unit that already
 * handled it — may not be disputed. A designated unit may never return the case.
 */
export type DisputeRefusal = "designated" | "disputeWindowClosed";

export function disputeRefusal(input: {
  designated: boolean;
  disputeDueAt: Date | null;
  now: Date;
}): DisputeRefusal | null {
  if (input.designated) return "designated";
  if (!input.disputeDueAt || input.now > input.disputeDueAt) return "disputeWindowClosed";
  return null;
}
