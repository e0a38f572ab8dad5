// One category's public page (docs/rules.md#transparency): twelve months of cases received and closed, and
// the rates over the replies to them, from the category rollups.
import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { categories, categoryGroups } from "@/db/schema";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { ZERO_COUNTS, sumCounts } from "@/lib/domain/portal/rollup-sums";
import { cachedFigures } from "./figure-cache";
import type { MonthFigures } from "./overview";
import { monthsUpToNow, spanOf } from "./periods";
import { monthlyIntake } from "./rollup-queries";
import { optionsFor, rulesForPeriods } from "./rules";
import { scorecardFromCounts } from "./scorecards";

export async function findPublicCategory(db: Queryable, code: string) {
  const [row] = await db
    .select({
      id: categories.id,
      code: categories.code,
      nameZh: categories.nameZh,
      nameEn: categories.nameEn,
      groupZh: categoryGroups.nameZh,
      groupEn: categoryGroups.nameEn,
    })
    .from(categories)
    .innerJoin(categoryGroups, eq(categoryGroups.id, categories.groupId))
    .where(eq(categories.code, code))
    .limit(1);
  return row ?? null;
}

export async function categoryPortal(db: Queryable, calendar: WorkingCalendar, now: Date, categoryId: number) {
  return cachedFigures(db, `category:${categoryId}:${calendar.localDate(now)}`, () =>
    computeCategory(db, calendar, now, categoryId),
  );
}

async function computeCategory(db: Queryable, calendar: WorkingCalendar, now: Date, categoryId: number) {
  const months = monthsUpToNow(calendar, now, 12);
  const current = months[months.length - 1];
  if (!current) throw new RangeError("no current month");
  const [rules, intake] = await Promise.all([
    rulesForPeriods(db, calendar, months),
    monthlyIntake(db, spanOf(months), categoryId),
  ]);
  // Working days to reply are kept per unit, not per category: no median here.
  const trend: MonthFigures[] = months.map((period) => {
    const month = intake.get(period.key);
    return {
      period,
      received: month?.received ?? 0,
      closed: month?.closed ?? 0,
      scorecard: scorecardFromCounts(month?.counts ?? ZERO_COUNTS, [], optionsFor(rules, period)),
    };
  });
  const totals = sumCounts([...intake.values()].map((month) => month.counts));
  const received = [...intake.values()].reduce((sum, month) => sum + month.received, 0);
  const closed = [...intake.values()].reduce((sum, month) => sum + month.closed, 0);
  return { months, trend, received, closed, twelveMonths: scorecardFromCounts(totals, [], optionsFor(rules, current)) };
}
