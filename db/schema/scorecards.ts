import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { PERIOD_KINDS } from "@/lib/domain/metrics/periods";
import { SNAPSHOT_REASONS } from "@/lib/domain/metrics/snapshot-reasons";
import { users } from "./auth";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

export const scorecardPeriodKindEnum = pgEnum("scorecard_period_kind", PERIOD_KINDS);
export const snapshotReasonEnum = pgEnum("scorecard_snapshot_reason", SNAPSHOT_REASONS);

/**
 * Score weights and grade bands (docs/rules.md#metrics, #grade-bands), append-only: each row applies to periods that
 * start on or after its effective date, until a later row takes over. A change never rewrites
 * a period that started before it.
 */
export const scorecardRules = pgTable(
  "scorecard_rules",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    effectiveFrom: timestamp(tz).notNull(),
    weightResponse: doublePrecision().notNull(),
    weightSatisfaction: doublePrecision().notNull(),
    weightResolution: doublePrecision().notNull(),
    bandSatisfied: doublePrecision().notNull(),
    bandFairlySatisfied: doublePrecision().notNull(),
    bandBasicallySatisfied: doublePrecision().notNull(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    index("scorecard_rules_effective_idx").on(t.effectiveFrom, t.id),
    check(
      "scorecard_rules_weights",
      sql`${t.weightResponse} >= 0 and ${t.weightSatisfaction} >= 0 and ${t.weightResolution} >= 0 and abs(${t.weightResponse} + ${t.weightSatisfaction} + ${t.weightResolution} - 1) < 1e-9`,
    ),
    check(
      "scorecard_rules_bands",
      sql`${t.bandBasicallySatisfied} >= 0 and ${t.bandSatisfied} <= 100 and ${t.bandSatisfied} >= ${t.bandFairlySatisfied} and ${t.bandFairlySatisfied} >= ${t.bandBasicallySatisfied}`,
    ),
  ],
);

/**
 * A published scorecard, frozen: one row per version of the figures of one unit (or, with no
 * unit, the whole city) for one finished period. A recomputation that changes the figures adds
 * a version with its reason; earlier versions stay, so a change is never silent.
 */
export const scorecardSnapshots = pgTable(
  "scorecard_snapshots",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer().references(() => units.id),
    periodKind: scorecardPeriodKindEnum().notNull(),
    periodKey: text().notNull(),
    periodStart: timestamp(tz).notNull(),
    periodEnd: timestamp(tz).notNull(),
    version: integer().notNull(),
    figures: jsonb().$type<unknown>().notNull(),
    rules: jsonb().$type<unknown>().notNull(),
    reason: snapshotReasonEnum().notNull(),
    reasonNote: text(),
    actorUserId: text().references(() => users.id),
    computedAt: timestamp(tz).notNull(),
  },
  (t) => [
    unique("scorecard_snapshots_version").on(t.unitId, t.periodKind, t.periodStart, t.version).nullsNotDistinct(),
    index("scorecard_snapshots_period_idx").on(t.periodKind, t.periodStart),
    check("scorecard_snapshots_version_positive", sql`${t.version} >= 1`),
    check("scorecard_snapshots_period_order", sql`${t.periodStart} < ${t.periodEnd}`),
    check(
      "scorecard_snapshots_reason",
      sql`(${t.reason} = 'first_publication') = (${t.version} = 1) and (${t.reason} <> 'admin_recompute' or length(trim(coalesce(${t.reasonNote}, ''))) > 0)`,
    ),
  ],
);
