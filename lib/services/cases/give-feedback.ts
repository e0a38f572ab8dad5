import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { caseFeedback, cases } from "@/db/schema";
import { BAD_RATINGS, type SatisfactionLevel } from "@/lib/domain/cases/vocabulary";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { dispatchInTransaction } from "./dispatch-case";
import { escalateIfProblem } from "./problem-case";
import { trackingCodeMatches } from "./create-case";
import { type CaseActor, type CaseRow, transitionInTransaction } from "./transition";

export interface FeedbackInput {
  caseId: number;
  contacted: boolean;
  solved: boolean;
  satisfaction: SatisfactionLevel;
  comment?: string | null;
  decision: "accept" | "send_back";
  /** Set when an operator records the answers of a phone callback (回访): when the call was. */
  callback?: { calledAt: Date } | null;
}

/**
 * Who answers the callback: the citizen who owns the case (signed in), a guest proving it with
 * reference and tracking code, or an operator recording a phone callback.
 */
export interface FeedbackActor {
  userId: string | null;
  role: "citizen" | "operator";
  proof?: { reference: string; trackingCode: string } | null;
}

export interface FeedbackResult {
  reference: string;
  outcome: "closed" | "sent_back";
  round: number;
}

/** May the citizen still send this case back (发回重办)? */
export function maySendBack(rehandleCount: number, rehandleLimit: number): boolean {
  return rehandleCount < rehandleLimit;
}

/**
 * The citizen's answer to a reply (docs/rules.md#feedback): stored per round, then the case either
 * closes or — unhappy and within the limit — goes back to the same lead unit with new deadlines.
 */
export async function giveFeedback(
  input: FeedbackInput,
  actor: FeedbackActor,
  ctx: ServiceContext,
): Promise<FeedbackResult> {
  return ctx.db.transaction((tx) => giveFeedbackInTransaction(tx, input, actor, ctx));
}

/** giveFeedback in the caller's transaction (the desk's callback records its call row beside it). */
export async function giveFeedbackInTransaction(
  tx: Transaction,
  input: FeedbackInput,
  actor: FeedbackActor,
  ctx: ServiceContext,
): Promise<FeedbackResult> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for("update");
  if (!row || !mayAnswer(row, actor)) throw new AppError("not_found");
  if (row.status !== "replied" || row.leadUnitId === null)
    throw new AppError("invalid_transition", `no feedback on a ${row.status} case`);
  // Past the window the case counts as not rated (docs/rules.md#feedback), even before the sweep closes it.
  if (row.feedbackDueAt && ctx.now > row.feedbackDueAt)
    throw new AppError("invalid_transition", "feedback window closed");

  const unhappy = BAD_RATINGS.has(input.satisfaction) || !input.solved;
  if (input.decision === "send_back") {
    if (!maySendBack(row.rehandleCount, ctx.settings.rehandleLimit))
      throw new AppError("validation", "re-handling limit reached", { decision: ["rehandleLimit"] });
    if (!unhappy)
      throw new AppError("validation", "send back needs a bad rating or an unsolved problem", {
        decision: ["sendBackNeedsReason"],
      });
  }

  const round = row.rehandleCount;
  await tx.insert(caseFeedback).values({
    caseId: row.id,
    round,
    contacted: input.contacted,
    solved: input.solved,
    satisfaction: input.satisfaction,
    comment: input.comment ?? null,
    unitId: row.leadUnitId,
    createdAt: ctx.now,
  });

  const caseActor: CaseActor = { userId: actor.userId, role: actor.role, unitId: null };
  // The comment is the citizen's own words and may hold personal data: it stays in case_feedback,
  // never in the (public) event note.
  if (input.decision === "send_back") {
    const { after } = await dispatchInTransaction(
      tx,
      {
        caseId: row.id,
        event: "send_back",
        actor: caseActor,
        leadUnitId: row.leadUnitId,
        badRating: BAD_RATINGS.has(input.satisfaction),
      },
      ctx,
    );
    await escalateIfProblem(tx, after, ctx);
    return { reference: row.reference, outcome: "sent_back" as const, round };
  }
  // Kept, though not fixed: this round counts towards a problem case (re-handled without a fix).
  if (unhappy) await escalateIfProblem(tx, row, ctx, true);
  await transitionInTransaction(tx, {
    caseId: row.id,
    event: "accept_reply",
    actor: caseActor,
    now: ctx.now,
    data: {
      round,
      satisfaction: input.satisfaction,
      solved: input.solved,
      contacted: input.contacted,
      ...(input.callback ? { via: "phone_callback", calledAt: input.callback.calledAt.toISOString() } : {}),
    },
    apply: ({ now }) => ({ closedAt: now }),
  });
  return { reference: row.reference, outcome: "closed" as const, round };
}

function mayAnswer(row: CaseRow, actor: FeedbackActor): boolean {
  if (actor.role === "operator") return actor.userId !== null;
  if (actor.userId !== null && row.citizenUserId === actor.userId) return true;
  const proof = actor.proof;
  return Boolean(
    proof &&
    proof.reference.trim().toUpperCase() === row.reference &&
    trackingCodeMatches(proof.trackingCode, row.trackingCodeHash),
  );
}
