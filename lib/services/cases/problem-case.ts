import "server-only";
import type { Transaction } from "@/db/client";
import { isProblemCase, unfixedRounds } from "@/lib/domain/cases/problem-case";
import type { ServiceContext } from "../context";
import { type CaseRow, SYSTEM_ACTOR, transitionInTransaction } from "./transition";

/**
 * Escalates a case to the supervisor once it is a problem case. `ratedNowUnfixed`: the citizen
 * has just rated the current round as not fixed, and the case is not (or no longer) sent back.
 */
export async function escalateIfProblem(
  tx: Transaction,
  row: CaseRow,
  ctx: ServiceContext,
  ratedNowUnfixed = false,
): Promise<CaseRow> {
  const counts = { disputeCount: row.disputeCount, unfixedRounds: unfixedRounds(row.rehandleCount, ratedNowUnfixed) };
  if (row.problemCase || !isProblemCase(counts, ctx.settings.problemCaseThreshold)) return row;
  const { after } = await transitionInTransaction(tx, {
    caseId: row.id,
    event: "escalate",
    actor: SYSTEM_ACTOR,
    now: ctx.now,
    data: { disputes: row.disputeCount, rehandles: row.rehandleCount, unfixedRounds: counts.unfixedRounds },
    apply: () => ({ problemCase: true }),
  });
  return after;
}
