import "server-only";
import type { Queryable } from "@/db/client";
import type { LocalPeriod } from "@/lib/domain/metrics/periods";
import { ruleInForce } from "@/lib/domain/metrics/scorecard-rules";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { ScorecardOptions } from "@/lib/services/metrics/unit-scorecard";
import { listScorecardRules } from "@/lib/services/scorecards/rules";
import { loadSettings } from "@/lib/services/settings";

/**
 * The weights and bands in force for each period (the rule effective at its start), and the
 * minimum sample, from one read of the rules: a trend of twelve months needs no twelve queries.
 */
export async function rulesForPeriods(
  db: Queryable,
  calendar: WorkingCalendar,
  periods: readonly LocalPeriod[],
): Promise<Map<string, ScorecardOptions>> {
  const [rules, settings] = await Promise.all([listScorecardRules(db), loadSettings(db)]);
  return new Map(
    periods.map((period) => {
      const rule = ruleInForce(rules, calendar.startOfLocalDay(period.startDate));
      return [period.key, { minimumSample: settings.minimumSample, weights: rule.weights, bands: rule.bands }] as const;
    }),
  );
}

export function optionsFor(rules: ReadonlyMap<string, ScorecardOptions>, period: LocalPeriod): ScorecardOptions {
  const options = rules.get(period.key);
  if (!options) throw new RangeError(`no rules loaded for ${period.key}`);
  return options;
}
