// Daily rollups behind the transparency portal (docs/rules.md#transparency, #freshness). Each row sums the facts
// the published figures need for one local day (in the calendar's time zone), so a month,
// quarter or year is a sum over at most 366 rows per unit instead of a scan of the cases.
// They are derived data: lib/services/portal/refresh-rollups.ts rebuilds the days that
// triggers on cases and case_feedback log in portal_rollup_changes, and can rebuild them all.
import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { categories } from "./catalogue";
import { districts, units } from "./organisation";

const tz = { withTimezone: true } as const;

/**
 * Counters over the cases whose reply (by their lead unit) fell on the day: the numerators and
 * denominators of every rate in lib/domain/metrics/unit-metrics.ts. The return counters are
 * charged to the units that returned those cases as well as to the replying unit.
 */
function replyCounters() {
  return {
    replied: integer().notNull().default(0),
    rated: integer().notNull().default(0),
    contacted: integer().notNull().default(0),
    solved: integer().notNull().default(0),
    /** Satisfaction in tenths: very satisfied and satisfied 10, basically satisfied 9. */
    satisfactionTenths: integer().notNull().default(0),
    signedFor: integer().notNull().default(0),
    signedForOnTime: integer().notNull().default(0),
    repliedOnTime: integer().notNull().default(0),
    repliedLate: integer().notNull().default(0),
    /** Return rate (lib/domain/metrics/return-rate.ts): cases of the day's replies the unit returned… */
    disputed: integer().notNull().default(0),
    /** …of those it replied to or returned. A unit that only returned cases has replied = 0. */
    disputeBase: integer().notNull().default(0),
    rehandled: integer().notNull().default(0),
  };
}

const countersConsistent = (t: {
  replied: unknown;
  rated: unknown;
  contacted: unknown;
  solved: unknown;
  satisfactionTenths: unknown;
  signedFor: unknown;
  signedForOnTime: unknown;
  repliedOnTime: unknown;
  repliedLate: unknown;
}) =>
  sql`${t.rated} <= ${t.replied} and ${t.contacted} <= ${t.rated} and ${t.solved} <= ${t.rated} and ${t.satisfactionTenths} between 0 and 10 * ${t.rated}
    and ${t.signedForOnTime} <= ${t.signedFor} and ${t.signedFor} <= ${t.replied} and ${t.repliedOnTime} + ${t.repliedLate} <= ${t.replied}`;

/** A unit's replies on one local day. */
export const portalUnitDays = pgTable(
  "portal_unit_days",
  {
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    ...replyCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.day] }),
    index("portal_unit_days_day_idx").on(t.day),
    check("portal_unit_days_counters", countersConsistent(t)),
  ],
);

/** How many of a unit's replies on a day took each number of working days: medians stay exact. */
export const portalUnitReplyDays = pgTable(
  "portal_unit_reply_days",
  {
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    workingDays: integer().notNull(),
    cases: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.day, t.workingDays] }),
    index("portal_unit_reply_days_day_idx").on(t.day),
    check("portal_unit_reply_days_cases", sql`${t.cases} > 0`),
  ],
);

/** A category's day: cases received and closed that day, and the replies given that day. */
export const portalCategoryDays = pgTable(
  "portal_category_days",
  {
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    received: integer().notNull().default(0),
    closed: integer().notNull().default(0),
    ...replyCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.day] }),
    index("portal_category_days_day_idx").on(t.day),
    check("portal_category_days_counters", sql`${t.received} >= 0 and ${t.closed} >= 0 and ${countersConsistent(t)}`),
  ],
);

/** Cases received in a district on a day (cases without a district are not in this table). */
export const portalDistrictDays = pgTable(
  "portal_district_days",
  {
    districtId: integer()
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    received: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.day] }),
    index("portal_district_days_day_idx").on(t.day),
    check("portal_district_days_received", sql`${t.received} > 0`),
  ],
);

// The same sums per local month (the first day of the month), added up from the day tables for
// the months a refresh touched. Every period the portal shows is whole months, so pages read
// these: a year is twelve rows per unit.

export const portalUnitMonths = pgTable(
  "portal_unit_months",
  {
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    ...replyCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.month] }),
    index("portal_unit_months_month_idx").on(t.month),
    check("portal_unit_months_counters", countersConsistent(t)),
  ],
);

export const portalUnitReplyMonths = pgTable(
  "portal_unit_reply_months",
  {
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    workingDays: integer().notNull(),
    cases: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.month, t.workingDays] }),
    index("portal_unit_reply_months_month_idx").on(t.month),
    check("portal_unit_reply_months_cases", sql`${t.cases} > 0`),
  ],
);

export const portalCategoryMonths = pgTable(
  "portal_category_months",
  {
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    received: integer().notNull().default(0),
    closed: integer().notNull().default(0),
    ...replyCounters(),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.month] }),
    index("portal_category_months_month_idx").on(t.month),
    check("portal_category_months_counters", sql`${t.received} >= 0 and ${t.closed} >= 0 and ${countersConsistent(t)}`),
  ],
);

export const portalDistrictMonths = pgTable(
  "portal_district_months",
  {
    districtId: integer()
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    received: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.month] }),
    index("portal_district_months_month_idx").on(t.month),
    check("portal_district_months_received", sql`${t.received} > 0`),
  ],
);

/**
 * The change log the refresher drains: one row per change of a case or its feedback, with the
 * instants whose local days must be recomputed (before and after the change). Written by triggers.
 */
export const portalRollupChanges = pgTable("portal_rollup_changes", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  createdAt: timestamp(tz),
  repliedAt: timestamp(tz),
  closedAt: timestamp(tz),
  loggedAt: timestamp(tz).notNull().defaultNow(),
});

/** One row: when the rollups were last rebuilt in full and refreshed, and in which time zone. */
export const portalRollupState = pgTable(
  "portal_rollup_state",
  {
    id: integer().primaryKey().default(1),
    timeZone: text(),
    rebuiltAt: timestamp(tz),
    refreshedAt: timestamp(tz),
  },
  (t) => [check("portal_rollup_state_single", sql`${t.id} = 1`)],
);
