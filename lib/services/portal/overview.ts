// The figures of the transparency overview (docs/rules.md#transparency), all from the daily rollups: twelve
// months of volume and rates, the top categories and districts, and every unit's light this month.
import "server-only";
import { asc } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import { categories, districts } from "@/db/schema";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { LocalPeriod } from "@/lib/domain/metrics/periods";
import { openingMonth } from "@/lib/domain/portal/opening-month";
import { ZERO_COUNTS } from "@/lib/domain/portal/rollup-sums";
import { type Scorecard, rankByScore } from "@/lib/services/metrics/unit-scorecard";
import { cachedFigures } from "./figure-cache";
import { rollupsRefreshedAt } from "./refresh-rollups";
import {
  categoryTotals,
  districtReceived,
  monthlyCounts,
  monthlyIntake,
  monthlyReplyHistograms,
} from "./rollup-queries";
import { monthsUpToNow, spanOf } from "./periods";
import { optionsFor, rulesForPeriods } from "./rules";
import { rollupScorecards, scorecardFromCounts } from "./scorecards";

export const TREND_MONTHS = 12;
const TOP = 8;

export interface MonthFigures {
  period: LocalPeriod;
  received: number;
  closed: number;
  scorecard: Scorecard;
}

export interface NamedCount {
  code: string;
  nameZh: string;
  nameEn: string;
  count: number;
}

export async function monthlyFigures(
  db: Queryable,
  calendar: WorkingCalendar,
  months: readonly LocalPeriod[],
  unitId?: number,
): Promise<MonthFigures[]> {
  const span = spanOf(months);
  const [rules, intake, counts, histograms] = await Promise.all([
    rulesForPeriods(db, calendar, months),
    unitId === undefined
      ? monthlyIntake(db, span)
      : Promise.resolve(new Map<string, { received: number; closed: number }>()),
    monthlyCounts(db, span, unitId),
    monthlyReplyHistograms(db, span, unitId),
  ]);
  return months.map((period) => ({
    period,
    received: intake.get(period.key)?.received ?? 0,
    closed: intake.get(period.key)?.closed ?? 0,
    scorecard: scorecardFromCounts(
      counts.get(period.key) ?? ZERO_COUNTS,
      histograms.get(period.key) ?? [],
      optionsFor(rules, period),
    ),
  }));
}

export async function portalOverview(db: Queryable, calendar: WorkingCalendar, now: Date) {
  return cachedFigures(db, `overview:${calendar.localDate(now)}`, () => computeOverview(db, calendar, now));
}

async function computeOverview(db: Queryable, calendar: WorkingCalendar, now: Date) {
  const months = monthsUpToNow(calendar, now, TREND_MONTHS);
  const current = months[months.length - 1];
  if (!current) throw new RangeError("no current month");
  const span = spanOf(months);
  const [trend, rules, unitList, categoryRows, districtRows, categoryNames, districtNames, refreshedAt] =
    await Promise.all([
      monthlyFigures(db, calendar, months),
      rulesForPeriods(db, calendar, months.slice(-2)),
      listActiveUnits(db),
      categoryTotals(db, span),
      districtReceived(db, span),
      db
        .select({ id: categories.id, code: categories.code, nameZh: categories.nameZh, nameEn: categories.nameEn })
        .from(categories)
        .orderBy(asc(categories.id)),
      db
        .select({ id: districts.id, code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn })
        .from(districts)
        .orderBy(asc(districts.id)),
      rollupsRefreshedAt(db),
    ]);
  // Early in a month its rates are all "too few cases": open on the last complete month then.
  const opening = openingMonth(
    trend.map((month) => ({ ratedCases: month.scorecard.metrics.ratedCases })),
    optionsFor(rules, current).minimumSample,
  );
  const shown = months[opening.index] ?? current;
  const options = optionsFor(rules, shown);
  const scorecards = await rollupScorecards(db, shown, options);
  const units = rankByScore(unitList.map((unit) => ({ ...unit, scorecard: scorecards.forUnit(unit.id) })));

  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const categoryById = byId(categoryNames);
  const districtById = byId(districtNames);
  const topCategories: NamedCount[] = categoryRows
    .filter((row) => row.received > 0)
    .sort((a, b) => b.received - a.received || a.categoryId - b.categoryId)
    .slice(0, TOP)
    .flatMap((row) => {
      const category = categoryById.get(row.categoryId);
      return category
        ? [{ code: category.code, nameZh: category.nameZh, nameEn: category.nameEn, count: row.received }]
        : [];
    });
  const topDistricts: NamedCount[] = [...districtRows]
    .sort(([idA, a], [idB, b]) => b - a || idA - idB)
    .slice(0, TOP)
    .flatMap(([id, count]) => {
      const district = districtById.get(id);
      return district ? [{ code: district.code, nameZh: district.nameZh, nameEn: district.nameEn, count }] : [];
    });
  const lights = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const unit of units) lights[unit.scorecard.light ?? "none"] += 1;

  return {
    months,
    current,
    /** The month the figures, rates and lights are for, and why (openingMonth). */
    shown,
    opening,
    trend,
    city: scorecards.city,
    units,
    topCategories,
    topDistricts,
    lights,
    options,
    refreshedAt,
  };
}
export type PortalOverview = Awaited<ReturnType<typeof computeOverview>>;
