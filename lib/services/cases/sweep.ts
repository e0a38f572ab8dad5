import "server-only";
import { and, asc, eq, lt } from "drizzle-orm";
import { cases } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { SYSTEM_ACTOR, transitionInTransaction } from "./transition";

/**
 * Bounded and idempotent: replied cases whose feedback window has passed close as "not rated"
 * (never as satisfied). Safe to run from several servers at once: the row lock and the state
 * check let only one close each case.
 */
export async function closeUnratedCases(ctx: ServiceContext, limit = 200): Promise<number> {
  const due = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, "replied"), lt(cases.feedbackDueAt, ctx.now)))
    .orderBy(asc(cases.feedbackDueAt))
    .limit(limit);
  let closed = 0;
  for (const { id } of due) {
    try {
      await ctx.db.transaction((tx) =>
        transitionInTransaction(tx, {
          caseId: id,
          event: "close_unrated",
          actor: SYSTEM_ACTOR,
          now: ctx.now,
          apply: ({ row, now }) => {
            // Re-checked under the row lock: a case replied again meanwhile has a new window.
            if (!row.feedbackDueAt || row.feedbackDueAt >= now)
              throw new AppError("invalid_transition", "feedback window still open");
            return { closedAt: now };
          },
        }),
      );
      closed += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "invalid_transition")) throw error;
    }
  }
  return closed;
}
