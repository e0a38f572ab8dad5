// Read-only sums over the daily rollups (db/schema/rollups.ts) for a range of local days
// [startDate, endDate). Every query reads at most one row per unit, category or district and day.
import { type AnyColumn, type SQL, and, eq, gte, lt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { portalCategoryDays, portalDistrictDays, portalUnitDays, portalUnitReplyDays } from "@/db/schema";
import type { MetricCounts } from "@/lib/domain/metrics/unit-metrics";
import type { HistogramBin } from "@/lib/domain/portal/rollup-sums";

/** Local days [startDate, endDate), "YYYY-MM-DD". */
export interface DayRange {
  startDate: string;
  endDate: string;
}

type CounterTable = typeof portalUnitDays | typeof portalCategoryDays;

const total = (column: SQL | unknown) => sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number);

function counterSums(t: CounterTable) {
  return {
    replied: total(t.replied),
    rated: total(t.rated),
    contacted: total(t.contacted),
    solved: total(t.solved),
    satisfactionTenths: total(t.satisfactionTenths),
    signedFor: total(t.signedFor),
    signedForOnTime: total(t.signedForOnTime),
    repliedOnTime: total(t.repliedOnTime),
    repliedLate: total(t.repliedLate),
    disputed: total(t.disputed),
    rehandled: total(t.rehandled),
  };
}

function pickCounts(row: MetricCounts): MetricCounts {
  const { replied, rated, contacted, solved, satisfactionTenths, signedFor, signedForOnTime, repliedOnTime, repliedLate, disputed, rehandled } = row;
  return { replied, rated, contacted, solved, satisfactionTenths, signedFor, signedForOnTime, repliedOnTime, repliedLate, disputed, rehandled };
}

const inRange = (day: AnyColumn, range: DayRange) => and(gte(day, range.startDate), lt(day, range.endDate));
const monthOf = (day: AnyColumn) => sql<string>`to_char(${day}, 'YYYY-MM')`;

/** Each unit's counts over the range (units without replies are absent). */
export async function unitCounts(db: Queryable, range: DayRange, unitId?: number): Promise<Map<number, MetricCounts>> {
  const rows = await db
    .select({ unitId: portalUnitDays.unitId, ...counterSums(portalUnitDays) })
    .from(portalUnitDays)
    .where(and(inRange(portalUnitDays.day, range), unitId === undefined ? undefined : eq(portalUnitDays.unitId, unitId)))
    .groupBy(portalUnitDays.unitId);
  return new Map(rows.map((row) => [row.unitId, pickCounts(row)]));
}

/** Each unit's histogram of working days to reply over the range. */
export async function unitReplyHistograms(db: Queryable, range: DayRange, unitId?: number): Promise<Map<number, HistogramBin[]>> {
  const rows = await db
    .select({ unitId: portalUnitReplyDays.unitId, value: portalUnitReplyDays.workingDays, count: total(portalUnitReplyDays.cases) })
    .from(portalUnitReplyDays)
    .where(and(inRange(portalUnitReplyDays.day, range), unitId === undefined ? undefined : eq(portalUnitReplyDays.unitId, unitId)))
    .groupBy(portalUnitReplyDays.unitId, portalUnitReplyDays.workingDays);
  const byUnit = new Map<number, HistogramBin[]>();
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), { value: row.value, count: row.count }]);
  return byUnit;
}

/** Counts per local month ("YYYY-MM") over the range, for the whole city or one unit. */
export async function monthlyCounts(db: Queryable, range: DayRange, unitId?: number): Promise<Map<string, MetricCounts>> {
  const month = monthOf(portalUnitDays.day);
  const rows = await db
    .select({ month, ...counterSums(portalUnitDays) })
    .from(portalUnitDays)
    .where(and(inRange(portalUnitDays.day, range), unitId === undefined ? undefined : eq(portalUnitDays.unitId, unitId)))
    .groupBy(month);
  return new Map(rows.map((row) => [row.month, pickCounts(row)]));
}

/** Histograms of working days to reply per local month, for the whole city or one unit. */
export async function monthlyReplyHistograms(db: Queryable, range: DayRange, unitId?: number): Promise<Map<string, HistogramBin[]>> {
  const month = monthOf(portalUnitReplyDays.day);
  const rows = await db
    .select({ month, value: portalUnitReplyDays.workingDays, count: total(portalUnitReplyDays.cases) })
    .from(portalUnitReplyDays)
    .where(and(inRange(portalUnitReplyDays.day, range), unitId === undefined ? undefined : eq(portalUnitReplyDays.unitId, unitId)))
    .groupBy(month, portalUnitReplyDays.workingDays);
  const byMonth = new Map<string, HistogramBin[]>();
  for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), { value: row.value, count: row.count }]);
  return byMonth;
}

export interface CategoryTotals {
  categoryId: number;
  received: number;
  closed: number;
  counts: MetricCounts;
}

/** Each category's intake and reply counts over the range (or one category's). */
export async function categoryTotals(db: Queryable, range: DayRange, categoryId?: number): Promise<CategoryTotals[]> {
  const rows = await db
    .select({ categoryId: portalCategoryDays.categoryId, received: total(portalCategoryDays.received), closed: total(portalCategoryDays.closed), ...counterSums(portalCategoryDays) })
    .from(portalCategoryDays)
    .where(and(inRange(portalCategoryDays.day, range), categoryId === undefined ? undefined : eq(portalCategoryDays.categoryId, categoryId)))
    .groupBy(portalCategoryDays.categoryId);
  return rows.map((row) => ({ categoryId: row.categoryId, received: row.received, closed: row.closed, counts: pickCounts(row) }));
}

/** Cases received and closed per local month, for the whole city or one category, with that category's reply counts. */
export async function monthlyIntake(db: Queryable, range: DayRange, categoryId?: number): Promise<Map<string, { received: number; closed: number; counts: MetricCounts }>> {
  const month = monthOf(portalCategoryDays.day);
  const rows = await db
    .select({ month, received: total(portalCategoryDays.received), closed: total(portalCategoryDays.closed), ...counterSums(portalCategoryDays) })
    .from(portalCategoryDays)
    .where(and(inRange(portalCategoryDays.day, range), categoryId === undefined ? undefined : eq(portalCategoryDays.categoryId, categoryId)))
    .groupBy(month);
  return new Map(rows.map((row) => [row.month, { received: row.received, closed: row.closed, counts: pickCounts(row) }]));
}

/** Cases received per district over the range. */
export async function districtReceived(db: Queryable, range: DayRange): Promise<Map<number, number>> {
  const rows = await db
    .select({ districtId: portalDistrictDays.districtId, received: total(portalDistrictDays.received) })
    .from(portalDistrictDays)
    .where(inRange(portalDistrictDays.day, range))
    .groupBy(portalDistrictDays.districtId);
  return new Map(rows.map((row) => [row.districtId, row.received]));
}
