import "server-only";
import type { Transaction } from "@/db/client";
import { isProblemCase } from "@/lib/domain/cases/problem-case";
import type { ServiceContext } from "../context";
import { type CaseRow, SYSTEM_ACTOR, transitionInTransaction } from "./transition";

export async function escalateIfProblem(tx: Transaction, row: CaseRow, ctx: ServiceContext): Promise<void> {
  if (row.problemCase || !isProblemCase(row, ctx.settings.problemCaseThreshold)) return;
  await transitionInTransaction(tx, {
    caseId: row.id,
    event: "escalate",
    actor: SYSTEM_ACTOR,
    now: ctx.now,
    data: { disputes: row.disputeCount, rehandles: row.rehandleCount },
    apply: () => ({ problemCase: true }),
  });
}
