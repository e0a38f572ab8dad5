import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { cases, slaPolicies, supervisionCards } from "@/db/schema";
import { WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import { cardPolicyOf, earnedCards, lateness } from "@/lib/domain/supervision/cards";
import { trackedDeadlines } from "@/lib/domain/supervision/tracked-deadlines";
import type { ServiceContext } from "../context";

/** A deadline met late is still carded if it was met this recently (a job that did not run for a while). */
const MET_LATE_LOOKBACK_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Issues the overdue cards earned by now (docs/rules.md#traffic-light), each exactly once: the unique key
 * (case, deadline, due date, kind) makes a second run, or two workers at once, a no-op. Historic
 * imported cases are never carded. Returns the number of cards issued.
 */
export async function issueOverdueCards(ctx: ServiceContext): Promise<number> {
  const metSince = new Date(ctx.now.getTime() - MET_LATE_LOOKBACK_DAYS * DAY_MS);
  const pastDue = or(
    lt(cases.signForDueAt, ctx.now),
    lt(cases.firstContactDueAt, ctx.now),
    lt(cases.replyDueAt, ctx.now),
  );
  const recentlyMet = or(
    gte(cases.signedForAt, metSince),
    gte(cases.contactedAt, metSince),
    gte(cases.repliedAt, metSince),
  );
  const rows = await ctx.db
    .select({
      id: cases.id,
      unitId: cases.leadUnitId,
      status: cases.status,
      clockStartedAt: cases.clockStartedAt,
      signForDueAt: cases.signForDueAt,
      signedForAt: cases.signedForAt,
      firstContactDueAt: cases.firstContactDueAt,
      contactedAt: cases.contactedAt,
      replyDueAt: cases.replyDueAt,
      repliedAt: cases.repliedAt,
      yellowCardAfterWorkingDays: slaPolicies.yellowCardAfterWorkingDays,
      redCardAfterWorkingDays: slaPolicies.redCardAfterWorkingDays,
    })
    .from(cases)
    .leftJoin(slaPolicies, eq(slaPolicies.id, cases.slaPolicyId))
    .where(
      and(
        isNotNull(cases.leadUnitId),
        isNull(cases.importedAt),
        pastDue,
        or(inArray(cases.status, [...WITH_UNIT_STATUSES]), recentlyMet),
      ),
    );

  const values: (typeof supervisionCards.$inferInsert)[] = [];
  for (const row of rows) {
    if (row.unitId === null) continue;
    const { yellowCardAfterWorkingDays: yellow, redCardAfterWorkingDays: red } = row;
    const policy =
      yellow === null || red === null ? null : { yellowCardAfterWorkingDays: yellow, redCardAfterWorkingDays: red };
    const deadlines = trackedDeadlines(row);
    for (const card of earnedCards({ deadlines, now: ctx.now, calendar: ctx.calendar, policy: cardPolicyOf(policy) })) {
      const deadline = deadlines.find((d) => d.deadline === card.deadline);
      values.push({
        caseId: row.id,
        unitId: row.unitId,
        kind: card.kind,
        deadline: card.deadline,
        dueAt: card.dueAt,
        workingDaysLate: deadline ? (lateness(deadline, ctx.now, ctx.calendar) ?? 0) : 0,
        issuedAt: ctx.now,
      });
    }
  }
  if (values.length === 0) return 0;
  let issued = 0;
  // Chunks keep each statement's parameters well under the drivers' limits.
  for (let i = 0; i < values.length; i += 500) {
    const inserted = await ctx.db
      .insert(supervisionCards)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing({
        target: [supervisionCards.caseId, supervisionCards.deadline, supervisionCards.dueAt, supervisionCards.kind],
      })
      .returning({ id: supervisionCards.id });
    issued += inserted.length;
  }
  return issued;
}
