import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  inet,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { BLOCK_KINDS, PETITION_STATUSES, REJECTION_CODES, SIGNATURE_STATUSES } from "@/lib/domain/petitions/lifecycle";
import { users } from "./auth";
import { cases } from "./cases";
import { categories } from "./catalogue";
import { districts, units } from "./organisation";

const tz = { withTimezone: true } as const;

export const petitionStatusEnum = pgEnum("petition_status", PETITION_STATUSES);
export const petitionRejectionEnum = pgEnum("petition_rejection", REJECTION_CODES);
export const signatureStatusEnum = pgEnum("signature_status", SIGNATURE_STATUSES);
export const petitionBlockKindEnum = pgEnum("petition_block_kind", BLOCK_KINDS);

/** A petition (联名建议). Its count and district tallies are written only by the batch job. */
export const petitions = pgTable(
  "petitions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    status: petitionStatusEnum().notNull().default("draft"),
    title: text().notNull(),
    /** What the government is asked to do. */
    action: text().notNull(),
    background: text().notNull().default(""),
    /** The subject, chosen by the creator; the response case is filed under it. */
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    creatorUserId: text()
      .notNull()
      .references(() => users.id),
    /** Shown while open, and only when the creator chose to. */
    creatorName: text(),
    showCreatorName: boolean().notNull().default(false),
    /** Secret part of the link the creator shares with supporters while gathering. */
    shareToken: text().notNull().unique(),
    supportersRequired: integer().notNull(),
    // Moderation
    submittedAt: timestamp(tz),
    moderationDueAt: timestamp(tz),
    moderationWarnAt: timestamp(tz),
    moderatedAt: timestamp(tz),
    moderatorUserId: text().references(() => users.id),
    rejectionCode: petitionRejectionEnum(),
    rejectionNote: text(),
    flaggedAt: timestamp(tz),
    flagNote: text(),
    responsibleUnitId: integer().references(() => units.id),
    // Open period
    openedAt: timestamp(tz),
    closesAt: timestamp(tz),
    closedAt: timestamp(tz),
    // Counting (batch job) and thresholds
    signatureCount: integer().notNull().default(0),
    countedAt: timestamp(tz),
    responseThresholdAt: timestamp(tz),
    debateThresholdAt: timestamp(tz),
    responseCaseId: integer().references(() => cases.id),
    answeredAt: timestamp(tz),
    answerText: text(),
    hearingDate: date(),
    hearingOutcome: text(),
    signaturesAnonymisedAt: timestamp(tz),
    createdAt: timestamp(tz).notNull().defaultNow(),
    updatedAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    check("petitions_title_length", sql`char_length(${t.title}) between 1 and 150`),
    check("petitions_action_length", sql`char_length(${t.action}) between 1 and 1000`),
    check("petitions_background_length", sql`char_length(${t.background}) <= 3000`),
    check("petitions_count", sql`${t.signatureCount} >= 0`),
    check("petitions_rejected_has_code", sql`(${t.status} = 'rejected') = (${t.rejectionCode} is not null)`),
    check(
      "petitions_open_has_dates",
      sql`${t.status} not in ('open', 'closed') or (${t.openedAt} is not null and ${t.closesAt} is not null and ${t.responsibleUnitId} is not null)`,
    ),
    index("petitions_status_idx").on(t.status, t.openedAt),
    index("petitions_creator_idx").on(t.creatorUserId),
    index("petitions_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/**
 * Signatures, appended. Pending until the signer confirms by email; fraudulent (over a limit or
 * blocked) and invalidated ones never count. Personal data is cleared 6 months after closing.
 */
export const petitionSignatures = pgTable(
  "petition_signatures",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id),
    status: signatureStatusEnum().notNull().default("pending"),
    name: text(),
    email: text(),
    canonicalEmail: text(),
    emailDomain: text(),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    notify: boolean().notNull().default(false),
    ipAddress: inet(),
    /** SHA-256 of the token in the confirmation link. */
    tokenHash: text(),
    fraudReason: text(),
    createdAt: timestamp(tz).notNull().defaultNow(),
    validatedAt: timestamp(tz),
    invalidatedAt: timestamp(tz),
    anonymisedAt: timestamp(tz),
  },
  (t) => [
    unique("petition_signatures_one_per_email").on(t.petitionId, t.canonicalEmail),
    uniqueIndex("petition_signatures_token_idx").on(t.tokenHash),
    index("petition_signatures_count_idx").on(t.petitionId, t.status, t.districtId),
    index("petition_signatures_time_idx").on(t.petitionId, t.createdAt),
    check(
      "petition_signatures_personal_data",
      sql`${t.anonymisedAt} is not null or (${t.name} is not null and ${t.email} is not null and ${t.canonicalEmail} is not null)`,
    ),
  ],
);

/** Validated signatures per district, refreshed with the count. */
export const petitionDistrictCounts = pgTable(
  "petition_district_counts",
  {
    petitionId: integer()
      .notNull()
      .references(() => petitions.id),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    signatureCount: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.districtId] })],
);

/**
 * Every count that changed a petition's figures, kept for the open data (docs/open-data.md#petition-counts):
 * petition_district_counts holds only the latest count; these rows keep each one, total and by district.
 */
export const petitionCounts = pgTable(
  "petition_counts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id),
    countedAt: timestamp(tz).notNull(),
    signatureCount: integer().notNull(),
  },
  (t) => [
    check("petition_counts_signatures", sql`${t.signatureCount} >= 0`),
    index("petition_counts_petition_idx").on(t.petitionId, t.countedAt),
  ],
);

export const petitionCountDistricts = pgTable(
  "petition_count_districts",
  {
    countId: integer()
      .notNull()
      .references(() => petitionCounts.id, { onDelete: "cascade" }),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    signatureCount: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countId, t.districtId] }),
    check("petition_count_districts_signatures", sql`${t.signatureCount} > 0`),
  ],
);

/** Moderators' block lists: address ranges, domain patterns and emails. */
export const petitionBlocks = pgTable(
  "petition_blocks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: petitionBlockKindEnum().notNull(),
    pattern: text().notNull(),
    note: text(),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [unique("petition_blocks_unique").on(t.kind, t.pattern)],
);

/** What moderators did to a petition (approve, reject, flag, invalidate, hearing), for the record. */
export const petitionModerationLog = pgTable(
  "petition_moderation_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id),
    actorUserId: text().references(() => users.id),
    action: text().notNull(),
    detail: text(),
    affected: integer(),
    occurredAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index("petition_moderation_log_petition_idx").on(t.petitionId, t.occurredAt)],
);
