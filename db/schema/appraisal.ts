import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { APPRAISAL_LIGHTS, CAMPAIGN_STATUSES, RATER_GROUP_KINDS } from "@/lib/domain/appraisal/vocabulary";
import { users } from "./auth";
import { units } from "./organisation";

// Appraisal campaigns (民主评议, #appraisal). The ballot is secret: who rated a unit is kept in
// appraisal_participations, how in appraisal_votes, and nothing links the two — no shared key,
// no sequence (votes have random ids), no timestamp on participations, only the hour on votes.
// docs/appraisal.md lists what else could re-link them and what is done about it.

const tz = { withTimezone: true } as const;

export const appraisalLightEnum = pgEnum("appraisal_light", APPRAISAL_LIGHTS);
export const appraisalCampaignStatusEnum = pgEnum("appraisal_campaign_status", CAMPAIGN_STATUSES);
export const raterGroupKindEnum = pgEnum("rater_group_kind", RATER_GROUP_KINDS);

export const appraisalCampaigns = pgTable(
  "appraisal_campaigns",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    /** Local dates, both included: the cases replied in this period make citizens eligible. */
    periodFrom: date({ mode: "string" }).notNull(),
    periodTo: date({ mode: "string" }).notNull(),
    status: appraisalCampaignStatusEnum().notNull().default("draft"),
    /** Percent of the combined score taken by the appraisal; the scorecard has the rest. */
    appraisalWeight: smallint().notNull().default(70),
    /** Ratings a unit needs before its shares and score are published. */
    minimumSample: integer().notNull().default(10),
    /** Votes for one unit from one network in one hour that make a burst to review. */
    burstThreshold: integer().notNull().default(5),
    /** How many units the bottom-ranked list names. */
    bottomCount: integer().notNull().default(3),
    /** Random per campaign: network hashes of two campaigns cannot be compared. */
    networkSalt: text().notNull(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
    openedAt: timestamp(tz),
    closedAt: timestamp(tz),
  },
  (t) => [
    check("appraisal_campaigns_period", sql`${t.periodFrom} <= ${t.periodTo}`),
    check("appraisal_campaigns_weight", sql`${t.appraisalWeight} between 0 and 100`),
    check("appraisal_campaigns_minimum_sample", sql`${t.minimumSample} >= 1`),
    check("appraisal_campaigns_burst_threshold", sql`${t.burstThreshold} >= 2`),
    check("appraisal_campaigns_bottom_count", sql`${t.bottomCount} >= 0`),
    check("appraisal_campaigns_opened", sql`(${t.status} = 'draft') = (${t.openedAt} is null)`),
    check("appraisal_campaigns_closed", sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

export const appraisalCampaignUnits = pgTable(
  "appraisal_campaign_units",
  {
    campaignId: integer()
      .notNull()
      .references(() => appraisalCampaigns.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] }), index("appraisal_campaign_units_unit_idx").on(t.unitId)],
);

/** An invited group (deputies, CPPCC members, business representatives) whose members get codes. */
export const appraisalRaterGroups = pgTable("appraisal_rater_groups", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  campaignId: integer()
    .notNull()
    .references(() => appraisalCampaigns.id, { onDelete: "cascade" }),
  kind: raterGroupKindEnum().notNull(),
  name: text().notNull(),
  createdAt: timestamp(tz).notNull().defaultNow(),
});

/** One-time codes, stored only as SHA-256 hashes: the plain codes exist once, in the exported CSV. */
export const appraisalRaterCodes = pgTable(
  "appraisal_rater_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    groupId: integer()
      .notNull()
      .references(() => appraisalRaterGroups.id, { onDelete: "cascade" }),
    codeHash: text().notNull().unique(),
    /** The local day the code's ballot was cast (a day, not a time, so it cannot point at a vote). */
    usedOn: date({ mode: "string" }),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index("appraisal_rater_codes_group_idx").on(t.groupId)],
);

/** Who rated which unit — and nothing about how, or when. Once per rater per unit, by the database. */
export const appraisalParticipations = pgTable(
  "appraisal_participations",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: integer()
      .notNull()
      .references(() => appraisalCampaigns.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    citizenUserId: text().references(() => users.id),
    raterCodeId: integer().references(() => appraisalRaterCodes.id),
  },
  (t) => [
    check("appraisal_participations_one_rater", sql`(${t.citizenUserId} is null) <> (${t.raterCodeId} is null)`),
    unique("appraisal_participations_citizen_once").on(t.campaignId, t.unitId, t.citizenUserId),
    unique("appraisal_participations_code_once").on(t.campaignId, t.unitId, t.raterCodeId),
    index("appraisal_participations_citizen_idx").on(t.citizenUserId),
  ],
);

/** How a unit was rated — with no column that names, or leads to, the rater. */
export const appraisalVotes = pgTable(
  "appraisal_votes",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: integer()
      .notNull()
      .references(() => appraisalCampaigns.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    light: appraisalLightEnum().notNull(),
    /** Redacted before it is stored; shown only to supervisors. */
    comment: text(),
    /** Keyed hash of the voter's /24 (IPv4) or /48 (IPv6) network; never the address. */
    networkHash: text(),
    /** Start of the hour the vote was cast in. */
    windowStart: timestamp(tz).notNull(),
    /** Set when a supervisor excludes a reviewed burst: the vote no longer counts. */
    excluded: boolean().notNull().default(false),
  },
  (t) => [index("appraisal_votes_campaign_unit_idx").on(t.campaignId, t.unitId)],
);

/** A supervisor's decision on a flagged burst: keep its votes, or exclude them from the result. */
export const appraisalBurstReviews = pgTable(
  "appraisal_burst_reviews",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer()
      .notNull()
      .references(() => appraisalCampaigns.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    networkHash: text().notNull(),
    windowStart: timestamp(tz).notNull(),
    excluded: boolean().notNull(),
    reviewedByUserId: text().references(() => users.id),
    reviewedAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [unique("appraisal_burst_reviews_once").on(t.campaignId, t.unitId, t.networkHash, t.windowStart)],
);
