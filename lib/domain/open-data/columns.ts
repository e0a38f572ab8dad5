// The documented columns of the open-data downloads (docs/rules.md#open-data), in download order. The
// methodology page and the open-data page render these with their translated descriptions, and
// the CSV and JSON writers use the same list, so the documentation cannot drift from the files.
// No column carries personal data: no contact details, no free text, no coordinates.

export type ColumnType = "text" | "integer" | "decimal" | "boolean" | "timestamp" | "date";

/** What a number counts or measures, shown beside its type in the documentation. */
export type ColumnMeasure =
  | "cases"
  | "working_days"
  | "share"
  | "fraction"
  | "points"
  | "ratings"
  | "raters"
  | "signatures"
  | "answers"
  | "cards"
  | "percent";

export interface OpenDataColumn {
  key: string;
  type: ColumnType;
  measure?: ColumnMeasure;
}

export const OPEN_DATA_FORMATS = ["csv", "json"] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const CASE_COLUMNS = [
  { key: "reference", type: "text" },
  { key: "type", type: "text" },
  { key: "channel", type: "text" },
  { key: "status", type: "text" },
  { key: "created_at", type: "timestamp" },
  { key: "reply_due_at", type: "timestamp" },
  { key: "replied_at", type: "timestamp" },
  { key: "closed_at", type: "timestamp" },
  { key: "unit_code", type: "text" },
  { key: "unit_name_zh", type: "text" },
  { key: "unit_name_en", type: "text" },
  { key: "category_code", type: "text" },
  { key: "category_name_zh", type: "text" },
  { key: "category_name_en", type: "text" },
  { key: "district_code", type: "text" },
  { key: "district_name_zh", type: "text" },
  { key: "district_name_en", type: "text" },
  { key: "outcome", type: "text" },
  { key: "signed_for_on_time", type: "boolean" },
  { key: "replied_on_time", type: "boolean" },
  { key: "working_days_to_reply", type: "integer", measure: "working_days" },
  { key: "dispute_count", type: "integer" },
  { key: "rehandle_count", type: "integer" },
  // Whether the citizen rated the reply; the rating itself is published only in aggregate, in the
  // scorecards (`<rate>_numerator`), so knowing a case's reference reveals nobody's rating.
  { key: "rated", type: "boolean" },
  // The codes of the units that returned (disputed) the case, in order, space-separated; empty when none.
  // The return rate is charged to them (docs/rules.md#metrics), not to `unit_code`.
  { key: "returned_by_unit_codes", type: "text" },
] as const satisfies readonly OpenDataColumn[];

export type CaseColumnKey = (typeof CASE_COLUMNS)[number]["key"];

/**
 * The rates of docs/rules.md#metrics in the scorecard download, each as `<rate>_rate` and `<rate>_numerator`
 * (both empty when too few cases: a small cell would reveal single ratings) and `<rate>_denominator`.
 */
export const SCORECARD_RATES = [
  "response",
  "resolution",
  "satisfaction",
  "on_time_sign_for",
  "on_time_reply",
  "dispute",
  "rehandling",
] as const;
export type ScorecardRateKey = (typeof SCORECARD_RATES)[number];

export const SCORECARD_COLUMNS = [
  { key: "period_kind", type: "text" },
  { key: "period", type: "text" },
  { key: "period_start", type: "date" },
  { key: "period_end", type: "date" },
  { key: "unit_code", type: "text" },
  { key: "unit_name_zh", type: "text" },
  { key: "unit_name_en", type: "text" },
  { key: "version", type: "integer" },
  { key: "computed_at", type: "timestamp" },
  // When the period was first frozen (version 1); each row is the period's current version.
  { key: "frozen_at", type: "timestamp" },
  { key: "reason", type: "text" },
  { key: "reason_note", type: "text" },
  { key: "minimum_sample", type: "integer", measure: "cases" },
  { key: "weight_response", type: "decimal", measure: "fraction" },
  { key: "weight_satisfaction", type: "decimal", measure: "fraction" },
  { key: "weight_resolution", type: "decimal", measure: "fraction" },
  { key: "cases_replied", type: "integer", measure: "cases" },
  { key: "rated_cases", type: "integer", measure: "cases" },
  ...SCORECARD_RATES.flatMap((rate) => [
    { key: `${rate}_rate`, type: "decimal", measure: "share" } as const,
    { key: `${rate}_numerator`, type: "decimal", measure: "cases" } as const,
    { key: `${rate}_denominator`, type: "integer", measure: "cases" } as const,
  ]),
  { key: "median_working_days_to_reply", type: "decimal", measure: "working_days" },
  { key: "overdue_count", type: "integer", measure: "cases" },
  { key: "composite_score", type: "decimal", measure: "points" },
  { key: "grade", type: "text" },
  // The grade bands the period was scored with (the rule in force at its start), so the grade can be checked.
  { key: "band_satisfied", type: "decimal", measure: "points" },
  { key: "band_fairly_satisfied", type: "decimal", measure: "points" },
  { key: "band_basically_satisfied", type: "decimal", measure: "points" },
] as const satisfies readonly OpenDataColumn[];

export type ScorecardColumnKey = (typeof SCORECARD_COLUMNS)[number]["key"];
