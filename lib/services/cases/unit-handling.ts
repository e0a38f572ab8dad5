// A unit's use cases: sign for, contact, dispute, notes, co-unit input, waiting for the citizen,
// and the formal reply (with the head's approval where the unit requires it).
import "server-only";
import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/client";
import { caseEvents, caseExtensionRequests, slaPolicies, units } from "@/db/schema";
import { disputeRefusal } from "@/lib/domain/cases/dispute-window";
import type { CaseEvent } from "@/lib/domain/cases/lifecycle";
import type { ReplyOutcome } from "@/lib/domain/cases/vocabulary";
import { replyFacts } from "@/lib/domain/deadlines/case-deadlines";
import { type Interval, computeDueAt } from "@/lib/domain/deadlines/deadline";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { escalateIfProblem } from "./problem-case";
import { type CaseActor, type CaseRow, type TransitionResult, transitionInTransaction } from "./transition";

type Ctx = ServiceContext;

function run(ctx: Ctx, work: (tx: Transaction) => Promise<TransitionResult>) {
  return ctx.db.transaction(work);
}

export function signFor(caseId: number, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: "sign_for",
      actor,
      now: ctx.now,
      apply: ({ row, now }) =>
        row.signedForAt ? {} : { signedForAt: now, signedForOnTime: row.signForDueAt ? now <= row.signForDueAt : true },
    }),
  );
}

export function recordContact(caseId: number, note: string, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: "record_contact",
      actor,
      now: ctx.now,
      note,
      isPublic: true,
      apply: ({ row, now }) => (row.contactedAt ? {} : { contactedAt: now }),
    }),
  );
}

/** 退单: only within the dispute window, with a reason, and never once the case was designated. */
export function disputeCase(caseId: number, reason: string, actor: CaseActor, ctx: Ctx) {
  return run(ctx, async (tx) => {
    const result = await transitionInTransaction(tx, {
      caseId,
      event: "dispute",
      actor,
      now: ctx.now,
      note: reason,
      apply: ({ row, now }) => {
        const refusal = disputeRefusal({ designated: row.designated, disputeDueAt: row.disputeDueAt, now });
        if (refusal) throw new AppError("validation", refusal, { reason: [refusal] });
        return { disputeCount: row.disputeCount + 1 };
      },
    });
    await escalateIfProblem(tx, result.after, ctx);
    return result;
  });
}

/** Internal notes, and co-units' input to the lead (never sent out by the co-unit itself). */
export function addNote(
  caseId: number,
  note: string,
  actor: CaseActor,
  ctx: Ctx,
  kind: Extract<CaseEvent, "add_note" | "co_unit_input"> = "add_note",
) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: kind,
      actor,
      now: ctx.now,
      note,
      isPublic: false,
      unitScope: "lead_or_co",
    }),
  );
}

export function awaitCitizen(caseId: number, note: string, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: "await_citizen",
      actor,
      now: ctx.now,
      note,
      isPublic: true,
      apply: ({ now }) => ({ clockPausedAt: now }),
    }),
  );
}

/** The citizen answered: the clock runs again and the due date moves by the paused time. */
export function citizenResponded(caseId: number, note: string, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: "citizen_responded",
      actor,
      now: ctx.now,
      note,
      isPublic: true,
      apply: async ({ row, now }) => ({
        clockPausedAt: null,
        replyDueAt: await recomputeReplyDue(tx, row, ctx, { start: row.clockPausedAt ?? now, end: now }),
      }),
    }),
  );
}

/** Re-derives the reply deadline of the current round from its start, its pauses and approved extensions. */
export async function recomputeReplyDue(
  tx: Transaction,
  row: CaseRow,
  ctx: Ctx,
  openPause?: Interval,
): Promise<Date | null> {
  if (!row.clockStartedAt || !row.slaPolicyId) return row.replyDueAt;
  const [policy] = await tx.select().from(slaPolicies).where(eq(slaPolicies.id, row.slaPolicyId));
  if (!policy) return row.replyDueAt;
  const events = await tx
    .select({ event: caseEvents.event, occurredAt: caseEvents.occurredAt })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, row.id))
    .orderBy(asc(caseEvents.id));
  const pauses: Interval[] = [];
  let pausedAt: Date | null = null;
  for (const e of events) {
    if (e.occurredAt < row.clockStartedAt) continue;
    if (e.event === "await_citizen") pausedAt = e.occurredAt;
    if (e.event === "citizen_responded" && pausedAt) {
      pauses.push({ start: pausedAt, end: e.occurredAt });
      pausedAt = null;
    }
  }
  if (openPause) pauses.push(openPause);
  const extensions = await tx
    .select({ amount: caseExtensionRequests.amount })
    .from(caseExtensionRequests)
    .where(
      and(
        eq(caseExtensionRequests.caseId, row.id),
        eq(caseExtensionRequests.status, "approved"),
        gte(caseExtensionRequests.decidedAt, row.clockStartedAt),
      ),
    );
  return computeDueAt({
    startAt: row.clockStartedAt,
    // The round's own allowance (a petition response, a bad rating's re-handling), else the policy's.
    limit:
      row.replyAllowanceKind && row.replyAllowanceAmount
        ? { kind: row.replyAllowanceKind, amount: row.replyAllowanceAmount }
        : { kind: policy.clockKind, amount: policy.replyLimit },
    calendar: ctx.calendar,
    pauses,
    extensions: extensions.map((e) => ({ kind: policy.clockKind, amount: e.amount })),
  });
}

export interface ReplyInput {
  caseId: number;
  outcome: ReplyOutcome;
  text: string;
  legalBasis: string | null;
  nextSteps: string | null;
}

/** The formal reply. Where the unit requires it, staff submit it for the head's approval. */
export function replyToCase(input: ReplyInput, actor: CaseActor, ctx: Ctx) {
  return run(ctx, async (tx) => {
    const needsApproval = actor.role === "unit_staff" && (await unitRequiresApproval(tx, actor.unitId));
    const fields = {
      replyOutcome: input.outcome,
      replyText: input.text,
      replyLegalBasis: input.legalBasis,
      replyNextSteps: input.nextSteps,
    };
    if (needsApproval) {
      // The draft stays in the (internal) event until the head approves it: the citizen never sees it.
      return transitionInTransaction(tx, {
        caseId: input.caseId,
        event: "submit_reply",
        actor,
        now: ctx.now,
        isPublic: false,
        data: { draft: fields },
      });
    }
    return transitionInTransaction(tx, {
      caseId: input.caseId,
      event: "reply",
      actor,
      now: ctx.now,
      apply: ({ row, now }) => ({ ...fields, ...replied(row, now, ctx) }),
    });
  });
}

export function approveReply(caseId: number, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) =>
    transitionInTransaction(tx, {
      caseId,
      event: "approve_reply",
      actor,
      now: ctx.now,
      apply: async ({ row, now }) => {
        const draft = await pendingReplyDraft(tx, caseId);
        if (!draft) throw new AppError("invalid_transition", "no reply draft to approve");
        return { ...draft, ...replied(row, now, ctx) };
      },
    }),
  );
}

type ReplyFields = {
  replyOutcome: ReplyOutcome;
  replyText: string;
  replyLegalBasis: string | null;
  replyNextSteps: string | null;
};

/** The reply a unit's staff submitted for approval: the latest submit_reply event's draft. */
export async function pendingReplyDraft(db: Queryable, caseId: number): Promise<ReplyFields | null> {
  const [event] = await db
    .select({ data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.event, "submit_reply")))
    .orderBy(desc(caseEvents.id))
    .limit(1);
  const draft = (event?.data as { draft?: ReplyFields } | null)?.draft;
  return draft ?? null;
}

export function returnReply(caseId: number, note: string, actor: CaseActor, ctx: Ctx) {
  return run(ctx, (tx) => transitionInTransaction(tx, { caseId, event: "return_reply", actor, now: ctx.now, note }));
}

function replied(row: CaseRow, now: Date, ctx: Ctx) {
  return {
    repliedAt: now,
    feedbackDueAt: ctx.calendar.addWorkingDays(now, ctx.settings.feedbackWindowWorkingDays),
    // Frozen now: later calendar edits never change whether this reply was on time.
    // Counted from the start of this round, so a reassignment or re-handling is not charged twice.
    ...replyFacts({
      repliedAt: now,
      replyDueAt: row.replyDueAt,
      dispatchedAt: row.clockStartedAt ?? row.dispatchedAt,
      calendar: ctx.calendar,
    }),
  };
}

async function unitRequiresApproval(tx: Transaction, unitId: number | null): Promise<boolean> {
  if (unitId === null) return false;
  const [unit] = await tx.select({ requires: units.requiresReplyApproval }).from(units).where(eq(units.id, unitId));
  return unit?.requires ?? false;
}
