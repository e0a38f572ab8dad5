// One unit's public page (docs/rules.md#transparency, #grade-bands): its scorecard for the month, quarter and year, the
// twelve-month trend, its open and overdue cases and its recent public cases.
import "server-only";
import type { Queryable } from "@/db/client";
import { unitOpenCaseCounts } from "@/db/queries/metrics";
import { listRecentPublicCases } from "@/db/queries/public-cases";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";
import { publishedScorecard } from "@/lib/services/scorecards/snapshots";
import { cachedFigures } from "./figure-cache";
import { monthlyFigures } from "./overview";
import { type PortalPeriod, type ResolvedPeriod, monthsUpToNow, resolvePeriod } from "./periods";
import { optionsFor, rulesForPeriods } from "./rules";
import { rollupScorecards } from "./scorecards";

export const UNIT_PERIODS: readonly PortalPeriod[] = ["month", "lastMonth", "quarter", "year"];
const RECENT_CASES = 10;

export interface PeriodScorecard {
  resolved: ResolvedPeriod;
  scorecard: Scorecard;
  /** When a finished period's figures were frozen and published; null for live figures. */
  frozenAt: Date | null;
}

/** A scorecard per period: the published frozen figures of a finished period when there are some, else live from the rollups. */
export async function scorecardsForPeriods(
  db: Queryable,
  calendar: WorkingCalendar,
  now: Date,
  choices: readonly PortalPeriod[],
  unitId: number | null,
): Promise<PeriodScorecard[]> {
  const resolved = choices.map((choice) => resolvePeriod(calendar, now, choice));
  const rules = await rulesForPeriods(
    db,
    calendar,
    resolved.map((item) => item.period),
  );
  return Promise.all(
    resolved.map(async (item) => {
      const published = item.finished
        ? await publishedScorecard(db, {
            unitId,
            periodKind: item.period.kind,
            periodStart: calendar.startOfLocalDay(item.period.startDate),
          })
        : null;
      if (published) return { resolved: item, scorecard: published.scorecard, frozenAt: published.computedAt };
      const live = await rollupScorecards(db, item.range, optionsFor(rules, item.period), unitId ?? undefined);
      return { resolved: item, scorecard: unitId === null ? live.city : live.forUnit(unitId), frozenAt: null };
    }),
  );
}

export async function unitPortal(db: Queryable, calendar: WorkingCalendar, now: Date, unitId: number) {
  const [{ periods, trend }, workload, recent] = await Promise.all([
    // Figures from the rollups are cached until they change; workload and cases are read live.
    cachedFigures(db, `unit:${unitId}:${calendar.localDate(now)}`, async () => {
      const [periods, trend] = await Promise.all([
        scorecardsForPeriods(db, calendar, now, UNIT_PERIODS, unitId),
        monthlyFigures(db, calendar, monthsUpToNow(calendar, now, 12), unitId),
      ]);
      return { periods, trend };
    }),
    unitOpenCaseCounts(db, unitId, now),
    listRecentPublicCases(db, unitId, RECENT_CASES),
  ]);
  return { periods, trend, workload, recent };
}
