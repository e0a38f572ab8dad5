// Extensions: staff ask with a reason, the unit head approves or refuses; the citizen sees the new
// due date and why (docs/rules.md#extensions). Limits come from the case's SLA policy.
import "server-only";
import { and, count, eq } from "drizzle-orm";
import { caseExtensionRequests, slaPolicies } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { type CaseActor, transitionInTransaction } from "./transition";
import { recomputeReplyDue } from "./unit-handling";

export async function requestExtension(
  input: { caseId: number; amount: number; reason: string },
  actor: CaseActor,
  ctx: ServiceContext,
) {
  return ctx.db.transaction(async (tx) => {
    const result = await transitionInTransaction(tx, {
      caseId: input.caseId,
      event: "request_extension",
      actor,
      now: ctx.now,
      note: input.reason,
      isPublic: false,
      data: { amount: input.amount },
      apply: async ({ row }) => {
        const [policy] = row.slaPolicyId
          ? await tx.select().from(slaPolicies).where(eq(slaPolicies.id, row.slaPolicyId))
          : [];
        if (!policy || row.extensionCount >= policy.maxExtensions)
          throw new AppError("validation", "no more extensions", { amount: ["noMoreExtensions"] });
        if (policy.maxExtensionAmount !== null && input.amount > policy.maxExtensionAmount)
          throw new AppError("validation", "too long", { amount: ["extensionTooLong"] });
        const [pending] = await tx
          .select({ n: count() })
          .from(caseExtensionRequests)
          .where(and(eq(caseExtensionRequests.caseId, row.id), eq(caseExtensionRequests.status, "pending")));
        if ((pending?.n ?? 0) > 0)
          throw new AppError("validation", "already pending", { amount: ["extensionPending"] });
      },
    });
    const [request] = await tx
      .insert(caseExtensionRequests)
      .values({
        caseId: input.caseId,
        unitId: actor.unitId ?? 0,
        requestedByUserId: actor.userId,
        amount: input.amount,
        reason: input.reason,
        createdAt: ctx.now,
      })
      .returning();
    return { ...result, request };
  });
}

export async function decideExtension(
  input: { caseId: number; approve: boolean; note: string | null },
  actor: CaseActor,
  ctx: ServiceContext,
) {
  return ctx.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(caseExtensionRequests)
      .where(and(eq(caseExtensionRequests.caseId, input.caseId), eq(caseExtensionRequests.status, "pending")))
      .for("update");
    if (!request) throw new AppError("invalid_transition", "no pending extension request");
    // Decided first, so the recomputed due date counts an approved extension.
    await tx
      .update(caseExtensionRequests)
      .set({
        status: input.approve ? "approved" : "refused",
        decidedByUserId: actor.userId,
        decidedAt: ctx.now,
        decisionNote: input.note,
      })
      .where(eq(caseExtensionRequests.id, request.id));
    const result = await transitionInTransaction(tx, {
      caseId: input.caseId,
      event: input.approve ? "approve_extension" : "refuse_extension",
      actor,
      now: ctx.now,
      // The citizen sees why the due date moved.
      note: input.approve ? request.reason : input.note,
      isPublic: input.approve,
      data: { amount: request.amount },
      apply: async ({ row }) =>
        input.approve
          ? { replyDueAt: await recomputeReplyDue(tx, row, ctx), extensionCount: row.extensionCount + 1 }
          : {},
    });
    await tx
      .update(caseExtensionRequests)
      .set({ previousDueAt: result.before.replyDueAt, newDueAt: result.after.replyDueAt })
      .where(eq(caseExtensionRequests.id, request.id));
    return result;
  });
}

export async function pendingExtension(caseId: number, ctx: Pick<ServiceContext, "db">) {
  const [request] = await ctx.db
    .select()
    .from(caseExtensionRequests)
    .where(and(eq(caseExtensionRequests.caseId, caseId), eq(caseExtensionRequests.status, "pending")));
  return request ?? null;
}
