// The dispatch centre's use cases (一个窗口): dispatch, answer directly, redirect, merge, rule on disputes.
import "server-only";
import { eq } from "drizzle-orm";
import { cases } from "@/db/schema";
import type { RedirectChannel } from "@/lib/domain/cases/vocabulary";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { dispatchInTransaction } from "./dispatch-case";
import { escalateIfProblem } from "./problem-case";
import { type CaseActor, type TransitionResult, transitionInTransaction } from "./transition";

export async function dispatchCase(
  input: { caseId: number; leadUnitId: number; coUnitIds: number[]; note?: string | null },
  actor: CaseActor,
  ctx: ServiceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction((tx) => dispatchInTransaction(tx, { ...input, event: "dispatch", actor }, ctx));
}

/** An inquiry answered from the knowledge base: closed at once, the answer recorded as the reply. */
export async function answerDirectly(
  input: { caseId: number; answer: string },
  actor: CaseActor,
  ctx: ServiceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction((tx) =>
    transitionInTransaction(tx, {
      caseId: input.caseId,
      event: "answer_directly",
      actor,
      now: ctx.now,
      apply: ({ row, now }) => {
        if (row.type !== "inquiry")
          throw new AppError("validation", "only inquiries are answered directly", { answer: ["onlyInquiries"] });
        return {
          replyOutcome: "explained",
          replyText: input.answer,
          repliedAt: now,
          closedAt: now,
          repliedOnTime: true,
        };
      },
    }),
  );
}

/** Outside the remit or another legal channel: the citizen is told which channel and why. */
export async function redirectCase(
  input: { caseId: number; channel: RedirectChannel; reasonCode: string; note: string },
  actor: CaseActor,
  ctx: ServiceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction((tx) =>
    transitionInTransaction(tx, {
      caseId: input.caseId,
      event: "redirect",
      actor,
      now: ctx.now,
      note: input.note,
      data: { channel: input.channel, reasonCode: input.reasonCode },
      apply: ({ now }) => ({ redirectChannel: input.channel, redirectReasonCode: input.reasonCode, closedAt: now }),
    }),
  );
}

/** A duplicate joins an earlier case; both timelines record the link. */
export async function mergeCase(
  input: { caseId: number; intoReference: string },
  actor: CaseActor,
  ctx: ServiceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: cases.id, reference: cases.reference, createdAt: cases.createdAt })
      .from(cases)
      .where(eq(cases.reference, input.intoReference.trim().toUpperCase()));
    if (!target || target.id === input.caseId)
      throw new AppError("validation", "unknown target", { intoReference: ["unknownCase"] });
    const result = await transitionInTransaction(tx, {
      caseId: input.caseId,
      event: "merge",
      actor,
      now: ctx.now,
      note: target.reference,
      data: { mergedInto: target.reference },
      apply: ({ row, now }) => {
        if (target.createdAt > row.createdAt)
          throw new AppError("validation", "merge into an earlier case", { intoReference: ["notEarlier"] });
        return { mergedIntoId: target.id, closedAt: now };
      },
    });
    await transitionInTransaction(tx, {
      caseId: target.id,
      event: "add_note",
      actor,
      now: ctx.now,
      isPublic: true,
      note: result.before.reference,
      data: { mergedFrom: result.before.reference },
    }).catch((error: unknown) => {
      // A closed target keeps its timeline as it is; the link lives on the duplicate.
      if (!(error instanceof AppError && error.code === "invalid_transition")) throw error;
    });
    return result;
  });
}

/** The operator rules on a dispute: reassign to another unit, or designate one that may not return it again. */
export async function ruleOnDispute(
  input: {
    caseId: number;
    ruling: "reassign" | "designate";
    leadUnitId: number;
    coUnitIds: number[];
    note?: string | null;
  },
  actor: CaseActor,
  ctx: ServiceContext,
): Promise<TransitionResult> {
  return ctx.db.transaction(async (tx) => {
    const result = await dispatchInTransaction(
      tx,
      {
        caseId: input.caseId,
        event: input.ruling,
        actor,
        leadUnitId: input.leadUnitId,
        coUnitIds: input.coUnitIds,
        note: input.note,
      },
      ctx,
    );
    await escalateIfProblem(tx, result.after, ctx);
    return result;
  });
}
