import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import {
  FOLLOW_UP_MAX_LENGTH,
  MEASURE_KINDS,
  OFFICIAL_NAME_MAX_LENGTH,
  REASON_MAX_LENGTH,
} from "@/lib/domain/supervision/accountability";
import { appraisalCampaignUnits, appraisalCampaigns } from "./appraisal";
import { users } from "./auth";
import { cases } from "./cases";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

export const accountabilityMeasureKindEnum = pgEnum("accountability_measure_kind", MEASURE_KINDS);

/**
 * A measure of the accountability ledger (问责, docs/rules.md#supervision) a supervisor recorded against a
 * unit. Its follow-up may be updated later (each change on the audit chain); the rest is fixed.
 */
export const accountabilityMeasures = pgTable(
  "accountability_measures",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    kind: accountabilityMeasureKindEnum().notNull(),
    /** The local date the measure was taken on. */
    takenOn: date({ mode: "string" }).notNull(),
    reason: text().notNull(),
    followUp: text(),
    /** The responsible official, published only when the admin setting allows names. */
    officialName: text(),
    /** The appraisal campaign whose result for this unit caused the measure. */
    campaignId: integer().references(() => appraisalCampaigns.id),
    recordedByUserId: text()
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp(tz).notNull(),
    followUpUpdatedAt: timestamp(tz),
  },
  (t) => [
    // The campaign must have rated this unit.
    foreignKey({
      name: "accountability_measures_campaign_unit_fk",
      columns: [t.campaignId, t.unitId],
      foreignColumns: [appraisalCampaignUnits.campaignId, appraisalCampaignUnits.unitId],
    }),
    check(
      "accountability_measures_reason",
      sql`length(btrim(${t.reason})) between 1 and ${sql.raw(String(REASON_MAX_LENGTH))}`,
    ),
    check(
      "accountability_measures_follow_up",
      sql`${t.followUp} is null or length(btrim(${t.followUp})) between 1 and ${sql.raw(String(FOLLOW_UP_MAX_LENGTH))}`,
    ),
    check(
      "accountability_measures_official",
      sql`${t.officialName} is null or length(btrim(${t.officialName})) between 1 and ${sql.raw(String(OFFICIAL_NAME_MAX_LENGTH))}`,
    ),
    check(
      "accountability_measures_follow_up_updated",
      sql`${t.followUpUpdatedAt} is null or ${t.followUpUpdatedAt} >= ${t.recordedAt}`,
    ),
    index("accountability_measures_unit_idx").on(t.unitId, t.takenOn),
    index("accountability_measures_taken_idx").on(t.takenOn),
  ],
);

/** The cases that caused a measure. */
export const accountabilityMeasureCases = pgTable(
  "accountability_measure_cases",
  {
    measureId: integer()
      .notNull()
      .references(() => accountabilityMeasures.id, { onDelete: "cascade" }),
    caseId: integer()
      .notNull()
      .references(() => cases.id),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.caseId] }),
    index("accountability_measure_cases_case_idx").on(t.caseId),
  ],
);
