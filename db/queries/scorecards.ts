import "server-only";
import { asc, count, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "../client";
import { scorecardRules, scorecardSnapshots, users } from "../schema";

/** Every scorecard rule ever set with who set it, oldest effective date first (the admin page's history). */
export async function listScorecardRuleHistory(db: Queryable) {
  return db
    .select({ rule: scorecardRules, name: users.name, email: users.email })
    .from(scorecardRules)
    .leftJoin(users, eq(users.id, scorecardRules.createdByUserId))
    .orderBy(asc(scorecardRules.effectiveFrom), asc(scorecardRules.id));
}

/** The latest `limit` snapshots of the city's scorecard (every version), newest first. */
export async function listCitySnapshots(db: Queryable, limit: number) {
  return db
    .select({
      id: scorecardSnapshots.id,
      kind: scorecardSnapshots.periodKind,
      key: scorecardSnapshots.periodKey,
      version: scorecardSnapshots.version,
      reason: scorecardSnapshots.reason,
      note: scorecardSnapshots.reasonNote,
      computedAt: scorecardSnapshots.computedAt,
      figures: scorecardSnapshots.figures,
    })
    .from(scorecardSnapshots)
    .where(isNull(scorecardSnapshots.unitId))
    .orderBy(desc(scorecardSnapshots.computedAt), desc(scorecardSnapshots.id))
    .limit(limit);
}

/** How many scorecard snapshots are stored, every subject and version (the open-data page). */
export async function countScorecardSnapshots(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(scorecardSnapshots);
  return row?.n ?? 0;
}
