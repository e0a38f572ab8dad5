import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { categories, slaPolicies } from "./catalogue";
import {
  caseEventEnum,
  caseStatusEnum,
  caseTypeEnum,
  channelEnum,
  clockKindEnum,
  redirectChannelEnum,
  replyOutcomeEnum,
  satisfactionEnum,
} from "./enums";
import { districts, units } from "./organisation";

const tz = { withTimezone: true } as const;

/** A case (工单). Personal data lives in case_contacts, never here. */
export const cases = pgTable(
  "cases",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reference: text().notNull().unique(),
    referenceYear: smallint().notNull(),
    referenceSequence: integer().notNull(),
    trackingCodeHash: text().notNull(),
    idempotencyKey: text().unique(),
    type: caseTypeEnum().notNull(),
    channel: channelEnum().notNull(),
    status: caseStatusEnum().notNull().default("submitted"),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    districtId: integer().references(() => districts.id),
    street: text(),
    title: text().notNull(),
    description: text().notNull(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    mayPublish: boolean().notNull().default(false),
    anonymous: boolean().notNull().default(false),
    citizenUserId: text().references(() => users.id),
    // Routing
    leadUnitId: integer().references(() => units.id),
    /** The unit a whistle-blower report (举报) accuses: never shown the case, never its lead. */
    accusedUnitId: integer().references(() => units.id),
    designated: boolean().notNull().default(false),
    slaPolicyId: integer().references(() => slaPolicies.id),
    mergedIntoId: integer().references((): AnyPgColumn => cases.id),
    redirectChannel: redirectChannelEnum(),
    redirectReasonCode: text(),
    // Deadlines, stored when dispatched (docs/rules.md#deadlines)
    dispatchedAt: timestamp(tz),
    /** Start of the current handling round (first dispatch, reassignment or re-handling). */
    clockStartedAt: timestamp(tz),
    /** Set while the reply clock is paused (waiting for the citizen). */
    clockPausedAt: timestamp(tz),
    signForDueAt: timestamp(tz),
    firstContactDueAt: timestamp(tz),
    replyDueAt: timestamp(tz),
    disputeDueAt: timestamp(tz),
    feedbackDueAt: timestamp(tz),
    /** The current round's reply allowance (lib/domain/deadlines/reply-allowance.ts); null: the policy's. */
    replyAllowanceKind: clockKindEnum(),
    replyAllowanceAmount: integer(),
    // Milestones
    signedForAt: timestamp(tz),
    contactedAt: timestamp(tz),
    repliedAt: timestamp(tz),
    closedAt: timestamp(tz),
    // Facts frozen on the transition, so later calendar edits never rewrite history
    signedForOnTime: boolean(),
    repliedOnTime: boolean(),
    workingDaysToReply: integer(),
    // Counters
    disputeCount: smallint().notNull().default(0),
    rehandleCount: smallint().notNull().default(0),
    extensionCount: smallint().notNull().default(0),
    problemCase: boolean().notNull().default(false),
    // The formal reply
    replyOutcome: replyOutcomeEnum(),
    replyText: text(),
    replyLegalBasis: text(),
    replyNextSteps: text(),
    createdAt: timestamp(tz).notNull().defaultNow(),
    updatedAt: timestamp(tz).notNull().defaultNow(),
    // Set on a historic case brought in by the CSV import (docs/imports.md), at the time of the
    // import; null for every case filed through the live system.
    importedAt: timestamp(tz),
  },
  (t) => [
    unique("cases_reference_number").on(t.referenceYear, t.referenceSequence),
    check("cases_description_length", sql`char_length(${t.description}) <= 4000`),
    check("cases_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check(
      "cases_with_unit_has_lead",
      sql`${t.status} not in ('dispatched', 'signed_for', 'contacted', 'in_progress', 'awaiting_citizen', 'awaiting_approval', 'replied') or ${t.leadUnitId} is not null`,
    ),
    check("cases_accused_unit_only_on_reports", sql`${t.accusedUnitId} is null or ${t.type} = 'report'`),
    check(
      "cases_accused_unit_never_leads",
      sql`${t.accusedUnitId} is null or ${t.accusedUnitId} is distinct from ${t.leadUnitId}`,
    ),
    check("cases_merged_has_target", sql`(${t.status} = 'merged') = (${t.mergedIntoId} is not null)`),
    check("cases_redirected_has_channel", sql`${t.status} <> 'redirected' or ${t.redirectChannel} is not null`),
    check(
      "cases_not_supported_has_basis",
      sql`${t.replyOutcome} is distinct from 'not_supported' or ${t.replyLegalBasis} is not null`,
    ),
    check(
      "cases_reply_allowance",
      sql`(${t.replyAllowanceKind} is null) = (${t.replyAllowanceAmount} is null) and coalesce(${t.replyAllowanceAmount} > 0, true)`,
    ),
    check("cases_counters", sql`${t.disputeCount} >= 0 and ${t.rehandleCount} >= 0 and ${t.extensionCount} >= 0`),
    check(
      "cases_coordinates",
      sql`(${t.latitude} is null) = (${t.longitude} is null) and coalesce(${t.latitude} between -90 and 90, true) and coalesce(${t.longitude} between -180 and 180, true)`,
    ),
    index("cases_lead_status_idx").on(t.leadUnitId, t.status),
    index("cases_status_idx").on(t.status),
    index("cases_created_idx").on(t.createdAt),
    index("cases_replied_idx").on(t.repliedAt),
    index("cases_citizen_idx").on(t.citizenUserId),
    index("cases_category_idx").on(t.categoryId),
  ],
);

/** Co-handling units (协办): they send input to the lead, never out. */
export const caseCoUnits = pgTable(
  "case_co_units",
  {
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.unitId] })],
);

/** Personal data, apart from the case text; shown only to assigned units and operators. */
export const caseContacts = pgTable("case_contacts", {
  caseId: integer()
    .primaryKey()
    .references(() => cases.id, { onDelete: "cascade" }),
  name: text(),
  phone: text(),
  email: text(),
  idNumber: text(),
  address: text(),
});

/** The append-only, hash-chained history of a case. A trigger refuses updates and deletes. */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id),
    event: caseEventEnum().notNull(),
    fromStatus: caseStatusEnum(),
    toStatus: caseStatusEnum().notNull(),
    actorUserId: text().references(() => users.id),
    actorRole: text().notNull(),
    unitId: integer().references(() => units.id),
    note: text(),
    isPublic: boolean().notNull().default(false),
    data: jsonb().$type<Record<string, unknown>>(),
    occurredAt: timestamp(tz).notNull().defaultNow(),
    prevHash: text(),
    hash: text().notNull(),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.id)],
);

/** The citizen's answer to the callback (回访), one per reply round. */
export const caseFeedback = pgTable(
  "case_feedback",
  {
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    round: smallint().notNull(),
    contacted: boolean().notNull(),
    solved: boolean().notNull(),
    satisfaction: satisfactionEnum().notNull(),
    comment: text(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.round] }),
    check("case_feedback_round", sql`${t.round} >= 0`),
    index("case_feedback_unit_idx").on(t.unitId, t.createdAt),
  ],
);
