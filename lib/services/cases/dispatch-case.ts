import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { caseCoUnits, units } from "@/db/schema";
import { mayDispatchTo } from "@/lib/domain/access/case-access";
import type { CaseEvent } from "@/lib/domain/cases/lifecycle";
import { roundDeadlines } from "@/lib/domain/deadlines/case-deadlines";
import { roundReplyAllowance } from "@/lib/domain/deadlines/reply-allowance";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { cachedCategoryPolicy } from "../routing-cache";
import { type CaseActor, type TransitionResult, transitionInTransaction } from "./transition";

export type DispatchEvent = Extract<CaseEvent, "dispatch" | "auto_dispatch" | "reassign" | "designate" | "send_back">;

export interface DispatchInput {
  caseId: number;
  event: DispatchEvent;
  actor: CaseActor;
  leadUnitId: number;
  coUnitIds?: readonly number[];
  note?: string | null;
  /** A re-handling asked for with a bad rating (差评): answered within its own allowance. */
  badRating?: boolean;
}

/**
 * Hands a case to its lead unit (and co-units) and starts a handling round: the SLA policy of
 * its category gives the deadlines, stored on the case.
 */
export interface DispatchShortcuts {
  /** Auto-dispatch of a case filed in this transaction: units checked by the catalogue, no co-units yet. */
  newCaseFromCatalogue?: boolean;
  prevHash?: string | null;
  /** The case row, when the caller inserted it in this transaction and so already holds it. */
  lockedRow?: TransitionResult["after"];
}

export async function dispatchInTransaction(
  tx: Transaction,
  input: DispatchInput,
  ctx: ServiceContext,
  shortcuts: DispatchShortcuts = {},
): Promise<TransitionResult> {
  const coUnitIds = [...new Set(input.coUnitIds ?? [])].filter((id) => id !== input.leadUnitId);
  const wanted = [input.leadUnitId, ...coUnitIds];
  if (!shortcuts.newCaseFromCatalogue) {
    const active = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(inArray(units.id, wanted), eq(units.active, true)));
    if (active.length !== wanted.length)
      throw new AppError("validation", "inactive or unknown unit", { leadUnitId: ["inactiveUnit"] });
  }

  const result = await transitionInTransaction(tx, {
    caseId: input.caseId,
    event: input.event,
    actor: input.actor,
    now: ctx.now,
    note: input.note ?? null,
    prevHash: shortcuts.prevHash,
    lockedRow: shortcuts.lockedRow,
    data: {
      leadUnitId: input.leadUnitId,
      coUnitIds,
      ...(input.event === "send_back" ? { badRating: input.badRating ?? false } : {}),
    },
    apply: async ({ row, now }) => {
      // A report is never handed to the unit it accuses, as lead or co-unit (docs/rules.md#privacy).
      if (!mayDispatchTo(input.leadUnitId, row))
        throw new AppError("validation", "the accused unit may not handle the report", { leadUnitId: ["accusedUnit"] });
      if (coUnitIds.some((unitId) => !mayDispatchTo(unitId, row)))
        throw new AppError("validation", "the accused unit may not handle the report", { coUnitIds: ["accusedUnit"] });
      const policy = await cachedCategoryPolicy(ctx.db, row.categoryId, tx);
      if (!policy) throw new AppError("not_found", "category without SLA policy");
      const reply = roundReplyAllowance({
        caseType: row.type,
        round: input.event === "send_back" ? "rehandle" : "dispatch",
        badRating: input.badRating ?? false,
        policy,
        settings: ctx.settings,
      });
      const deadlines = roundDeadlines(now, policy, ctx.calendar, reply);
      return {
        leadUnitId: input.leadUnitId,
        designated: input.event === "designate" || (row.designated && input.event === "send_back"),
        slaPolicyId: policy.id,
        dispatchedAt: row.dispatchedAt ?? now,
        clockStartedAt: now,
        clockPausedAt: null,
        ...deadlines,
        replyAllowanceKind: reply.kind,
        replyAllowanceAmount: reply.amount,
        feedbackDueAt: null,
        // A new round: the (new) unit signs for and contacts again, and its own facts are recorded.
        signedForAt: null,
        signedForOnTime: null,
        contactedAt: null,
        // Re-handling goes back to the same unit, which may not return it to the dispatch centre.
        ...(input.event === "send_back" ? { disputeDueAt: null } : {}),
        rehandleCount: input.event === "send_back" ? row.rehandleCount + 1 : row.rehandleCount,
      };
    },
  });

  if (input.event !== "send_back") {
    if (!shortcuts.newCaseFromCatalogue) await tx.delete(caseCoUnits).where(eq(caseCoUnits.caseId, input.caseId));
    if (coUnitIds.length)
      await tx.insert(caseCoUnits).values(coUnitIds.map((unitId) => ({ caseId: input.caseId, unitId })));
  }
  return result;
}
