// Reading the frozen scorecards (docs/rules.md#metrics, #open-data): the latest version of each published period,
// with the earlier versions and why they were recomputed, so a change is never silent.
import "server-only";
import { and, asc, desc, eq, gt, isNull, max, min } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scorecardSnapshots, units } from "@/db/schema";
import type { GradeBands } from "@/lib/domain/metrics/grading";
import type { PeriodKind } from "@/lib/domain/metrics/periods";
import type { SnapshotReason } from "@/lib/domain/metrics/snapshot-reasons";
import type { ScoreWeights } from "@/lib/domain/metrics/unit-metrics";
import type { Scorecard } from "../metrics/unit-scorecard";

/** The rules a snapshot was computed with, stored beside its figures. */
export interface SnapshotRules {
  ruleId: number | null;
  weights: ScoreWeights;
  bands: GradeBands;
  minimumSample: number;
}

export interface SnapshotVersion {
  version: number;
  computedAt: Date;
  reason: SnapshotReason;
  /** The admin's stated reason for a recomputation; null otherwise. */
  reasonNote: string | null;
  scorecard: Scorecard;
  rules: SnapshotRules;
}

export interface PublishedScorecard extends SnapshotVersion {
  unitId: number | null;
  periodKind: PeriodKind;
  periodKey: string;
  periodStart: Date;
  periodEnd: Date;
  /** Earlier versions, newest first; empty when the figures never changed. */
  earlierVersions: SnapshotVersion[];
}

type SnapshotRow = typeof scorecardSnapshots.$inferSelect;

function toVersion(row: SnapshotRow): SnapshotVersion {
  return {
    version: row.version,
    computedAt: row.computedAt,
    reason: row.reason,
    reasonNote: row.reasonNote,
    scorecard: row.figures as Scorecard,
    rules: row.rules as SnapshotRules,
  };
}

function toPublished(rows: readonly SnapshotRow[]): PublishedScorecard | null {
  // rows: one subject's versions, newest first.
  const [latest, ...earlier] = rows;
  if (!latest) return null;
  return {
    ...toVersion(latest),
    unitId: latest.unitId,
    periodKind: latest.periodKind,
    periodKey: latest.periodKey,
    periodStart: latest.periodStart,
    periodEnd: latest.periodEnd,
    earlierVersions: earlier.map(toVersion),
  };
}

/** The latest frozen scorecard of a unit (null = the whole city) for a finished period, or null if none was published. */
export async function publishedScorecard(
  db: Queryable,
  query: { unitId: number | null; periodKind: PeriodKind; periodStart: Date },
): Promise<PublishedScorecard | null> {
  const rows = await db
    .select()
    .from(scorecardSnapshots)
    .where(
      and(
        query.unitId === null ? isNull(scorecardSnapshots.unitId) : eq(scorecardSnapshots.unitId, query.unitId),
        eq(scorecardSnapshots.periodKind, query.periodKind),
        eq(scorecardSnapshots.periodStart, query.periodStart),
      ),
    )
    .orderBy(desc(scorecardSnapshots.version));
  return toPublished(rows);
}

/** Every subject's latest frozen scorecard for one period, keyed by unit id (null = the city), in one query. */
export async function publishedScorecards(
  db: Queryable,
  query: { periodKind: PeriodKind; periodStart: Date },
): Promise<Map<number | null, PublishedScorecard>> {
  const rows = await db
    .select()
    .from(scorecardSnapshots)
    .where(
      and(eq(scorecardSnapshots.periodKind, query.periodKind), eq(scorecardSnapshots.periodStart, query.periodStart)),
    )
    .orderBy(asc(scorecardSnapshots.unitId), desc(scorecardSnapshots.version));
  const grouped = new Map<number | null, SnapshotRow[]>();
  for (const row of rows) grouped.set(row.unitId, [...(grouped.get(row.unitId) ?? []), row]);
  const result = new Map<number | null, PublishedScorecard>();
  for (const [unitId, versions] of grouped) {
    const published = toPublished(versions);
    if (published) result.set(unitId, published);
  }
  return result;
}

/** Published versions after the first, newest first: every recomputation that changed figures, for the public record. */
export async function listRecomputations(db: Queryable, limit: number) {
  return db
    .select({
      id: scorecardSnapshots.id,
      periodKind: scorecardSnapshots.periodKind,
      periodKey: scorecardSnapshots.periodKey,
      version: scorecardSnapshots.version,
      reason: scorecardSnapshots.reason,
      reasonNote: scorecardSnapshots.reasonNote,
      computedAt: scorecardSnapshots.computedAt,
      unitCode: units.code,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
    })
    .from(scorecardSnapshots)
    .leftJoin(units, eq(units.id, scorecardSnapshots.unitId))
    .where(gt(scorecardSnapshots.version, 1))
    .orderBy(desc(scorecardSnapshots.computedAt), desc(scorecardSnapshots.id))
    .limit(limit);
}

/** Every frozen period (the city's snapshots): when it was first frozen, its current version and when that was made. */
export async function listFrozenPeriods(db: Queryable) {
  return db
    .select({
      periodKind: scorecardSnapshots.periodKind,
      periodKey: scorecardSnapshots.periodKey,
      periodStart: scorecardSnapshots.periodStart,
      frozenAt: min(scorecardSnapshots.computedAt).mapWith((value: string | Date) => new Date(value)),
      currentVersion: max(scorecardSnapshots.version).mapWith(Number),
      currentSince: max(scorecardSnapshots.computedAt).mapWith((value: string | Date) => new Date(value)),
    })
    .from(scorecardSnapshots)
    .where(isNull(scorecardSnapshots.unitId))
    .groupBy(scorecardSnapshots.periodKind, scorecardSnapshots.periodKey, scorecardSnapshots.periodStart)
    .orderBy(asc(scorecardSnapshots.periodKind), desc(scorecardSnapshots.periodStart));
}
