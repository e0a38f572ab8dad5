// Read-only sums over the monthly rollups (db/schema/rollups.ts) for a range of local days
// [startDate, endDate) that starts and ends on the first of a month, as every portal period does.
// A year reads twelve rows per unit, category or district.
import "server-only";
import { type AnyColumn, type SQL, and, eq, gte, lt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { portalCategoryMonths, portalDistrictMonths, portalUnitMonths, portalUnitReplyMonths } from "@/db/schema";
import type { MetricCounts } from "@/lib/domain/metrics/unit-metrics";
import type { HistogramBin } from "@/lib/domain/portal/rollup-sums";

/** Local days [startDate, endDate), "YYYY-MM-DD". */
export interface DayRange {
  startDate: string;
  endDate: string;
}

type CounterTable = typeof portalUnitMonths | typeof portalCategoryMonths;

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
    disputeBase: total(t.disputeBase),
    rehandled: total(t.rehandled),
  };
}

function pickCounts(row: MetricCounts): MetricCounts {
  const {
    replied,
    rated,
    contacted,
    solved,
    satisfactionTenths,
    signedFor,
    signedForOnTime,
    repliedOnTime,
    repliedLate,
    disputed,
    disputeBase,
    rehandled,
  } = row;
  return {
    replied,
    rated,
    contacted,
    solved,
    satisfactionTenths,
    signedFor,
    signedForOnTime,
    repliedOnTime,
    repliedLate,
    disputed,
    disputeBase,
    rehandled,
  };
}

const inRange = (month: AnyColumn, range: DayRange) => {
  if (!range.startDate.endsWith("-01") || !range.endDate.endsWith("-01"))
    throw new RangeError(`not whole months: ${range.startDate} to ${range.endDate}`);
  return and(gte(month, range.startDate), lt(month, range.endDate));
};
const monthOf = (month: AnyColumn) => sql<string>`to_char(${month}, 'YYYY-MM')`;

/** Each unit's counts over the range (units without replies are absent). */
export async function unitCounts(db: Queryable, range: DayRange, unitId?: number): Promise<Map<number, MetricCounts>> {
  const rows = await db
    .select({ unitId: portalUnitMonths.unitId, ...counterSums(portalUnitMonths) })
    .from(portalUnitMonths)
    .where(
      and(
        inRange(portalUnitMonths.month, range),
        unitId === undefined ? undefined : eq(portalUnitMonths.unitId, unitId),
      ),
    )
    .groupBy(portalUnitMonths.unitId);
  return new Map(rows.map((row) => [row.unitId, pickCounts(row)]));
}

/** Each unit's histogram of working days to reply over the range. */
export async function unitReplyHistograms(
  db: Queryable,
  range: DayRange,
  unitId?: number,
): Promise<Map<number, HistogramBin[]>> {
  const rows = await db
    .select({
      unitId: portalUnitReplyMonths.unitId,
      value: portalUnitReplyMonths.workingDays,
      count: total(portalUnitReplyMonths.cases),
    })
    .from(portalUnitReplyMonths)
    .where(
      and(
        inRange(portalUnitReplyMonths.month, range),
        unitId === undefined ? undefined : eq(portalUnitReplyMonths.unitId, unitId),
      ),
    )
    .groupBy(portalUnitReplyMonths.unitId, portalUnitReplyMonths.workingDays);
  const byUnit = new Map<number, HistogramBin[]>();
  for (const row of rows)
    byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), { value: row.value, count: row.count }]);
  return byUnit;
}

/** Counts per local month ("YYYY-MM") over the range, for the whole city or one unit. */
export async function monthlyCounts(
  db: Queryable,
  range: DayRange,
  unitId?: number,
): Promise<Map<string, MetricCounts>> {
  const month = monthOf(portalUnitMonths.month);
  const rows = await db
    .select({ month, ...counterSums(portalUnitMonths) })
    .from(portalUnitMonths)
    .where(
      and(
        inRange(portalUnitMonths.month, range),
        unitId === undefined ? undefined : eq(portalUnitMonths.unitId, unitId),
      ),
    )
    .groupBy(month);
  return new Map(rows.map((row) => [row.month, pickCounts(row)]));
}

/** Histograms of working days to reply per local month, for the whole city or one unit. */
export async function monthlyReplyHistograms(
  db: Queryable,
  range: DayRange,
  unitId?: number,
): Promise<Map<string, HistogramBin[]>> {
  const month = monthOf(portalUnitReplyMonths.month);
  const rows = await db
    .select({ month, value: portalUnitReplyMonths.workingDays, count: total(portalUnitReplyMonths.cases) })
    .from(portalUnitReplyMonths)
    .where(
      and(
        inRange(portalUnitReplyMonths.month, range),
        unitId === undefined ? undefined : eq(portalUnitReplyMonths.unitId, unitId),
      ),
    )
    .groupBy(month, portalUnitReplyMonths.workingDays);
  const byMonth = new Map<string, HistogramBin[]>();
  for (const row of rows)
    byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), { value: row.value, count: row.count }]);
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
    .select({
      categoryId: portalCategoryMonths.categoryId,
      received: total(portalCategoryMonths.received),
      closed: total(portalCategoryMonths.closed),
      ...counterSums(portalCategoryMonths),
    })
    .from(portalCategoryMonths)
    .where(
      and(
        inRange(portalCategoryMonths.month, range),
        categoryId === undefined ? undefined : eq(portalCategoryMonths.categoryId, categoryId),
      ),
    )
    .groupBy(portalCategoryMonths.categoryId);
  return rows.map((row) => ({
    categoryId: row.categoryId,
    received: row.received,
    closed: row.closed,
    counts: pickCounts(row),
  }));
}

/** Cases received and closed per local month, for the whole city or one category, with that category's reply counts. */
export async function monthlyIntake(
  db: Queryable,
  range: DayRange,
  categoryId?: number,
): Promise<Map<string, { received: number; closed: number; counts: MetricCounts }>> {
  const month = monthOf(portalCategoryMonths.month);
  const rows = await db
    .select({
      month,
      received: total(portalCategoryMonths.received),
      closed: total(portalCategoryMonths.closed),
      ...counterSums(portalCategoryMonths),
    })
    .from(portalCategoryMonths)
    .where(
      and(
        inRange(portalCategoryMonths.month, range),
        categoryId === undefined ? undefined : eq(portalCategoryMonths.categoryId, categoryId),
      ),
    )
    .groupBy(month);
  return new Map(
    rows.map((row) => [row.month, { received: row.received, closed: row.closed, counts: pickCounts(row) }]),
  );
}

/** Cases received per district over the range. */
export async function districtReceived(db: Queryable, range: DayRange): Promise<Map<number, number>> {
  const rows = await db
    .select({ districtId: portalDistrictMonths.districtId, received: total(portalDistrictMonths.received) })
    .from(portalDistrictMonths)
    .where(inRange(portalDistrictMonths.month, range))
    .groupBy(portalDistrictMonths.districtId);
  return new Map(rows.map((row) => [row.districtId, row.received]));
}
