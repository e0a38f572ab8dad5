import "server-only";
import { eq } from "drizzle-orm";
import { caseCallbacks, cases } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { can } from "@/lib/domain/access/roles";
import type { SatisfactionLevel } from "@/lib/domain/cases/vocabulary";
import { callbackOutcome } from "@/lib/domain/desk/callback";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "../admin/audit";
import { giveFeedbackInTransaction } from "../cases/give-feedback";
import type { ServiceContext } from "../context";

export interface CallbackInput {
  reference: string;
  reached: boolean;
  contacted?: boolean;
  solved?: boolean;
  satisfaction?: SatisfactionLevel;
  calledAt: Date;
  /** The unhappy caller asks for the case to be handled again (发回重办). */
  sendBack?: boolean;
}

export interface CallbackResult {
  reference: string;
  outcome: "not_reached" | "closed" | "sent_back";
}

/**
 * An operator's phone callback (回访) on a replied case (docs/case-classes.md#the-hotline-desk).
 * A reached caller's answers go through giveFeedback, so the feedback rules (window, re-handling
 * limit, the transition) hold as for the citizen's own answer; the call and its audit row are written
 * in the same transaction. An unreached caller leaves only the call and the audit row.
 */
export async function recordCallback(input: CallbackInput, actor: Actor, ctx: ServiceContext): Promise<CallbackResult> {
  if (!can(actor.role, "desk.callback")) throw new AppError("forbidden");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: cases.id, status: cases.status, repliedAt: cases.repliedAt })
      .from(cases)
      .where(eq(cases.reference, input.reference.trim().toUpperCase()))
      .for("update");
    if (!row) throw new AppError("not_found");
    if (row.status !== "replied") throw new AppError("invalid_transition", `no callback on a ${row.status} case`);
    const outcome = callbackOutcome(
      {
        reached: input.reached,
        contacted: input.contacted,
        solved: input.solved,
        satisfaction: input.satisfaction,
        calledAt: input.calledAt,
      },
      { now: ctx.now, repliedAt: row.repliedAt },
    );
    if ("errors" in outcome) {
      const fieldErrors = Object.fromEntries(Object.entries(outcome.errors).map(([field, key]) => [field, [key]]));
      throw new AppError("validation", "bad callback", fieldErrors);
    }
    if (outcome.kind === "not_reached" && input.sendBack)
      throw new AppError("validation", "send back needs a reached caller", { sendBack: ["notReachedNoAnswers"] });

    let feedbackRound: number | null = null;
    let result: CallbackResult["outcome"] = "not_reached";
    if (outcome.kind === "feedback") {
      const feedback = await giveFeedbackInTransaction(
        tx,
        {
          caseId: row.id,
          contacted: outcome.contacted,
          solved: outcome.solved,
          satisfaction: outcome.satisfaction,
          decision: input.sendBack ? "send_back" : "accept",
          callback: { calledAt: outcome.calledAt },
        },
        { userId: actor.id, role: "operator" },
        ctx,
      ).catch((error: unknown) => {
        // The feedback's "decision" is this form's re-handling box.
        if (error instanceof AppError && error.fieldErrors?.decision)
          throw new AppError(error.code, error.message, { sendBack: error.fieldErrors.decision });
        throw error;
      });
      feedbackRound = feedback.round;
      result = feedback.outcome;
    }
    await tx.insert(caseCallbacks).values({
      caseId: row.id,
      operatorUserId: actor.id,
      reached: input.reached,
      feedbackRound,
      calledAt: outcome.calledAt,
      recordedAt: ctx.now,
    });
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "desk.callback",
      subject: `case:${input.reference.trim().toUpperCase()}`,
      after:
        outcome.kind === "feedback"
          ? {
              reached: true,
              contacted: outcome.contacted,
              solved: outcome.solved,
              satisfaction: outcome.satisfaction,
              calledAt: outcome.calledAt.toISOString(),
              outcome: result,
            }
          : { reached: false, calledAt: outcome.calledAt.toISOString(), outcome: result },
      at: ctx.now,
    });
    return { reference: input.reference.trim().toUpperCase(), outcome: result };
  });
}
