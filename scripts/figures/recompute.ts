// The reference recomputation of the published scorecards (docs/open-data.md#reference-recomputation), written
// from the methodology page's text ("How the figures are counted" and "Rules for recomputing the figures")
// and the column documentation, NOT from the app's metric code: it imports nothing from lib/, so a
// mistake in the app's formulas shows up here as a mismatch instead of being repeated.

export type Row = Record<string, string>;

/** What a case row contributes, kept small: a million cases fit in memory. */
export interface CaseFacts {
  unit: string;
  /** Local month of the reply, "YYYY-MM", in the city's time zone. */
  month: string;
  signedFor: boolean | null;
  repliedOnTime: boolean | null;
  workingDays: number;
  /** The units that returned the case (returned_by_unit_codes), each once. */
  returnedBy: string[];
  rehandled: boolean;
  rated: boolean;
}

export interface Mismatch {
  scorecard: string;
  column: string;
  published: string;
  recomputed: string;
}

export interface Verification {
  scorecards: number;
  figures: number;
  mismatches: Mismatch[];
  /** Figures that the downloads cannot reproduce, with the reason (they are checked for consistency only). */
  notDerivable: string[];
}

/** "Every day, month, quarter and year begins at midnight in the city's time zone": a UTC instant's local date. */
export function localDateIn(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (iso) => format.format(new Date(iso));
}

const bool = (value: string | undefined): boolean | null =>
  value === "true" ? true : value === "false" ? false : null;

/** A row of the case download (by=replied) as the facts the scorecards count; null if it counts nowhere. */
export function caseFacts(row: Row, localDate: (iso: string) => string): CaseFacts | null {
  // "Cases answered directly by the dispatch centre have no unit_code and count nowhere."
  if (!row.replied_at || !row.unit_code) return null;
  return {
    unit: row.unit_code,
    month: localDate(row.replied_at).slice(0, 7),
    signedFor: bool(row.signed_for_on_time),
    repliedOnTime: bool(row.replied_on_time),
    // "In the median a case without a value counts as 0."
    workingDays: row.working_days_to_reply ? Number(row.working_days_to_reply) : 0,
    // "A code appears again each time that unit returned it": a case counts once per unit.
    returnedBy: [...new Set((row.returned_by_unit_codes ?? "").split(" ").filter((code) => code !== ""))],
    rehandled: Number(row.rehandle_count || 0) > 0,
    rated: row.rated === "true",
  };
}

function monthsFrom(start: string, end: string): Set<string> {
  // Periods are whole local months: [period_start, period_end).
  const months = new Set<string>();
  let [year, month] = start.slice(0, 7).split("-").map(Number) as [number, number];
  for (let key = start.slice(0, 7); key < end.slice(0, 7);) {
    months.add(key);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** "The composite score is rounded to one decimal, halves up." */
function oneDecimalHalfUp(value: number): number {
  return Math.floor(value * 10 + 0.5 + 1e-7) / 10;
}

const EPSILON = 1e-9;
const num = (value: string | undefined): number | null => (value === undefined || value === "" ? null : Number(value));

class Checker {
  figures = 0;
  mismatches: Mismatch[] = [];
  constructor(private readonly scorecard: string) {}
  expect(column: string, published: string | undefined, recomputed: number | string | null): void {
    this.figures += 1;
    const text = published ?? "";
    const same =
      typeof recomputed === "number"
        ? text !== "" && Math.abs(Number(text) - recomputed) <= EPSILON
        : text === (recomputed ?? "");
    if (!same)
      this.mismatches.push({
        scorecard: this.scorecard,
        column,
        published: text,
        recomputed: String(recomputed ?? ""),
      });
  }
}

const RATED_RATES = ["response", "resolution", "satisfaction"] as const;

/** Recomputes one published scorecard row from the cases of its unit (or the city) and period. */
export function checkScorecard(row: Row, cases: readonly CaseFacts[]): { figures: number; mismatches: Mismatch[] } {
  const label = `${row.period_kind} ${row.period} ${row.unit_code || "city"} v${row.version}`;
  const check = new Checker(label);
  const minimum = Math.max(Number(row.minimum_sample), 1);
  const months = monthsFrom(row.period_start ?? "", row.period_end ?? "");
  const inPeriod = cases.filter((c) => months.has(c.month));
  const mine = inPeriod.filter((c) => !row.unit_code || c.unit === row.unit_code);
  const rated = mine.filter((c) => c.rated).length;
  check.expect("cases_replied", row.cases_replied, mine.length);
  check.expect("rated_cases", row.rated_cases, rated);

  // "Any rate over fewer cases than the minimum sample is too few cases, and its numerator is left empty."
  const rate = (name: string, numerator: number, denominator: number) => {
    check.expect(`${name}_denominator`, row[`${name}_denominator`], denominator);
    if (denominator < minimum) {
      check.expect(`${name}_rate`, row[`${name}_rate`], "");
      check.expect(`${name}_numerator`, row[`${name}_numerator`], "");
      return null;
    }
    check.expect(`${name}_numerator`, row[`${name}_numerator`], numerator);
    check.expect(`${name}_rate`, row[`${name}_rate`], numerator / denominator);
    return numerator / denominator;
  };
  const signedFor = mine.filter((c) => c.signedFor !== null);
  rate("on_time_sign_for", signedFor.filter((c) => c.signedFor === true).length, signedFor.length);
  rate("on_time_reply", mine.filter((c) => c.repliedOnTime === true).length, mine.length);
  // "Each case counts once for every unit that is its unit_code or appears in returned_by_unit_codes";
  // "the city's return rate is the sum of the units' numerators over the sum of their denominators".
  const chargedTo = (c: CaseFacts) => new Set([c.unit, ...c.returnedBy]);
  const returnBase = row.unit_code
    ? inPeriod.filter((c) => chargedTo(c).has(row.unit_code as string)).length
    : inPeriod.reduce((sum, c) => sum + chargedTo(c).size, 0);
  const returned = row.unit_code
    ? inPeriod.filter((c) => c.returnedBy.includes(row.unit_code as string)).length
    : inPeriod.reduce((sum, c) => sum + c.returnedBy.length, 0);
  rate("dispute", returned, returnBase);
  rate("rehandling", mine.filter((c) => c.rehandled).length, mine.length);

  // Ratings are published only in aggregate: the numerators come from the row, the rest is checked.
  const ratedRates: Partial<Record<(typeof RATED_RATES)[number], number>> = {};
  for (const name of RATED_RATES) {
    const numerator = num(row[`${name}_numerator`]);
    const consistent = numerator !== null && numerator >= 0 && numerator <= rated;
    const value = rate(name, consistent ? numerator : Number.NaN, rated);
    if (value !== null) ratedRates[name] = value;
  }

  check.expect(
    "median_working_days_to_reply",
    row.median_working_days_to_reply,
    medianOf(mine.map((c) => c.workingDays)),
  );
  check.expect("overdue_count", row.overdue_count, mine.filter((c) => c.repliedOnTime === false).length);

  const { response, satisfaction, resolution } = ratedRates;
  const score =
    rated < minimum || response === undefined || satisfaction === undefined || resolution === undefined
      ? null
      : oneDecimalHalfUp(
          100 *
            (Number(row.weight_response) * response +
              Number(row.weight_satisfaction) * satisfaction +
              Number(row.weight_resolution) * resolution),
        );
  check.expect("composite_score", row.composite_score, score);
  if (row.band_satisfied !== undefined) {
    const grade =
      score === null
        ? null
        : score >= Number(row.band_satisfied)
          ? "satisfied"
          : score >= Number(row.band_fairly_satisfied)
            ? "fairly_satisfied"
            : score >= Number(row.band_basically_satisfied)
              ? "basically_satisfied"
              : "dissatisfied";
    check.expect("grade", row.grade, grade);
  }
  return { figures: check.figures, mismatches: check.mismatches };
}

/** Every published scorecard row against the cases; units' names and classes against the unit download. */
export function verifyScorecards(
  scorecards: readonly Row[],
  cases: readonly CaseFacts[],
  units: readonly Row[],
): Verification {
  const result: Verification = {
    scorecards: 0,
    figures: 0,
    mismatches: [],
    notDerivable: [
      "response, resolution and satisfaction numerators: a citizen's rating is published only in aggregate (checked: 0 ≤ numerator ≤ rated cases, rate = numerator ÷ rated cases, and the composite score from them)",
    ],
  };
  const unitsByCode = new Map(units.map((unit) => [unit.unit_code, unit]));
  for (const row of scorecards) {
    const { figures, mismatches } = checkScorecard(row, cases);
    result.scorecards += 1;
    result.figures += figures;
    result.mismatches.push(...mismatches);
    if (row.unit_code) {
      const unit = unitsByCode.get(row.unit_code);
      result.figures += 1;
      if (!unit || unit.unit_name_en !== row.unit_name_en || unit.unit_name_zh !== row.unit_name_zh)
        result.mismatches.push({
          scorecard: `${row.period_kind} ${row.period} ${row.unit_code}`,
          column: "unit_code",
          published: `${row.unit_name_zh} / ${row.unit_name_en}`,
          recomputed: unit ? `${unit.unit_name_zh} / ${unit.unit_name_en}` : "not in the unit download",
        });
    }
  }
  return result;
}
