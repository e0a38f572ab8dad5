// Rankings by class of unit (docs/rules.md#transparency): every active unit's scorecard for one period,
// the top and bottom five of each class by composite score, the unranked apart.
import "server-only";
import type { Queryable } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { UNIT_CLASSES } from "@/lib/domain/cases/vocabulary";
import { rankByClass } from "@/lib/domain/portal/ranking";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";
import { publishedScorecards } from "@/lib/services/scorecards/snapshots";
import { cachedFigures } from "./figure-cache";
import { type PortalPeriod, resolvePeriod } from "./periods";
import { optionsFor, rulesForPeriods } from "./rules";
import { rollupScorecards } from "./scorecards";

export async function portalRankings(db: Queryable, calendar: WorkingCalendar, now: Date, choice: PortalPeriod) {
  return cachedFigures(db, `rankings:${choice}:${calendar.localDate(now)}`, () =>
    computeRankings(db, calendar, now, choice),
  );
}

async function computeRankings(db: Queryable, calendar: WorkingCalendar, now: Date, choice: PortalPeriod) {
  const resolved = resolvePeriod(calendar, now, choice);
  const [rules, unitList, published] = await Promise.all([
    rulesForPeriods(db, calendar, [resolved.period]),
    listActiveUnits(db),
    resolved.finished
      ? publishedScorecards(db, {
          periodKind: resolved.period.kind,
          periodStart: calendar.startOfLocalDay(resolved.period.startDate),
        })
      : Promise.resolve(null),
  ]);
  const options = optionsFor(rules, resolved.period);
  // A finished period whose scorecards were frozen and published is ranked on those figures.
  const frozen = published && published.size > 0 ? published : null;
  const live = frozen ? null : await rollupScorecards(db, resolved.range, options);
  const scorecardOf = (unitId: number): Scorecard | null =>
    frozen ? (frozen.get(unitId)?.scorecard ?? null) : (live?.forUnit(unitId) ?? null);
  const rows = unitList.flatMap((unit) => {
    const scorecard = scorecardOf(unit.id);
    if (!scorecard) return [];
    const score = scorecard.metrics.compositeScore;
    return [
      {
        ...unit,
        scorecard,
        score: score.kind === "score" ? score.value : null,
        ratedCases: scorecard.metrics.ratedCases,
      },
    ];
  });
  return { resolved, options, frozen: frozen !== null, classes: rankByClass(rows, UNIT_CLASSES) };
}
export type PortalRankings = Awaited<ReturnType<typeof computeRankings>>;
