// The frozen scorecards as open-data rows: the latest version of every published period, one
// period at a time, with the rules they were computed by and why a version was recomputed.
import "server-only";
import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { scorecardSnapshots, units } from "@/db/schema";
import { type PeriodKind, parsePeriodKey } from "@/lib/domain/metrics/periods";
import type { Rate } from "@/lib/domain/metrics/unit-metrics";
import type { ScorecardColumnKey, ScorecardRateKey } from "@/lib/domain/open-data/columns";
import type { CsvValue } from "@/lib/domain/open-data/csv";
import type { UnitMetrics } from "@/lib/domain/metrics/unit-metrics";
import { type PublishedScorecard, type SnapshotVersion, publishedScorecards } from "../scorecards/snapshots";

export type ScorecardRow = Record<ScorecardColumnKey, CsvValue>;

export interface ScorecardFilter {
  kind: PeriodKind;
  /** "current": each subject's latest version (the default); "all": every version, oldest first. */
  versions?: "current" | "all";
  from?: Date;
  to?: Date;
}

const RATE_FIELDS: Record<ScorecardRateKey, keyof UnitMetrics> = {
  response: "responseRate",
  resolution: "resolutionRate",
  satisfaction: "satisfactionRate",
  on_time_sign_for: "onTimeSignForRate",
  on_time_reply: "onTimeReplyRate",
  dispute: "disputeRate",
  rehandling: "rehandlingRate",
};

function rateColumns(metrics: UnitMetrics): Record<string, CsvValue> {
  const columns: Record<string, CsvValue> = {};
  for (const [key, field] of Object.entries(RATE_FIELDS)) {
    const rate = metrics[field] as Rate;
    columns[`${key}_rate`] = rate.kind === "rate" ? rate.value : null;
    columns[`${key}_numerator`] = rate.kind === "rate" ? rate.numerator : null;
    columns[`${key}_denominator`] = rate.kind === "rate" ? rate.denominator : rate.sample;
  }
  return columns;
}

type UnitNames = Map<number, { code: string; nameZh: string; nameEn: string }>;

export function scorecardRow(
  published: PublishedScorecard,
  unitNames: UnitNames,
  version: SnapshotVersion = published,
): ScorecardRow {
  const unit = published.unitId === null ? undefined : unitNames.get(published.unitId);
  const local = parsePeriodKey(published.periodKey);
  const { metrics, grade } = version.scorecard;
  const { rules } = version;
  return {
    period_kind: published.periodKind,
    period: published.periodKey,
    period_start: local?.startDate ?? null,
    period_end: local?.endDate ?? null,
    unit_code: unit?.code ?? null,
    unit_name_zh: unit?.nameZh ?? null,
    unit_name_en: unit?.nameEn ?? null,
    version: version.version,
    computed_at: version.computedAt.toISOString(),
    frozen_at: (published.earlierVersions.at(-1) ?? published).computedAt.toISOString(),
    reason: version.reason,
    reason_note: version.reasonNote,
    minimum_sample: rules.minimumSample,
    weight_response: rules.weights.response,
    weight_satisfaction: rules.weights.satisfaction,
    weight_resolution: rules.weights.resolution,
    cases_replied: metrics.casesReplied,
    rated_cases: metrics.ratedCases,
    ...(rateColumns(metrics) as Record<`${ScorecardRateKey}_${"rate" | "numerator" | "denominator"}`, CsvValue>),
    median_working_days_to_reply: metrics.medianWorkingDaysToReply,
    overdue_count: metrics.overdueCount,
    composite_score: metrics.compositeScore.kind === "score" ? metrics.compositeScore.value : null,
    grade,
    band_satisfied: rules.bands.satisfied,
    band_fairly_satisfied: rules.bands.fairlySatisfied,
    band_basically_satisfied: rules.bands.basicallySatisfied,
  };
}

/** One batch per published period, oldest first; the city's row first, then units by id. */
export async function* scorecardRowBatches(db: Queryable, filter: ScorecardFilter): AsyncGenerator<ScorecardRow[]> {
  const unitNames: UnitNames = new Map(
    (await db.select({ id: units.id, code: units.code, nameZh: units.nameZh, nameEn: units.nameEn }).from(units)).map(
      (u) => [u.id, u],
    ),
  );
  const starts = await db
    .selectDistinct({ periodStart: scorecardSnapshots.periodStart })
    .from(scorecardSnapshots)
    .where(
      and(
        eq(scorecardSnapshots.periodKind, filter.kind),
        filter.from ? gte(scorecardSnapshots.periodStart, filter.from) : undefined,
        filter.to ? lt(scorecardSnapshots.periodStart, filter.to) : undefined,
      ),
    )
    .orderBy(asc(scorecardSnapshots.periodStart));
  for (const { periodStart } of starts) {
    const published = await publishedScorecards(db, { periodKind: filter.kind, periodStart });
    const rows = [...published.values()].sort((a, b) => (a.unitId ?? 0) - (b.unitId ?? 0));
    yield filter.versions === "all"
      ? rows.flatMap((row) =>
          [...row.earlierVersions]
            .reverse()
            .concat(row)
            .map((version) => scorecardRow(row, unitNames, version)),
        )
      : rows.map((row) => scorecardRow(row, unitNames));
  }
}
