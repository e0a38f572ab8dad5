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

// phoneKey of lib/domain/desk/search-query.ts in SQL (full-width digits folded, extension dropped,
// digits only, +86 / 0086 / 86 dropped before a mobile, 0 put back before a landline's area code).
const PHONE_KEY_SQL = sql.raw(
  `nullif(regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate(phone, '０１２３４５６７８９', '0123456789'), '(ext|#|转).*$', '', 'i'), '[^0-9]', '', 'g'), '^(?:0086|86)(1[3-9][0-9]{9})$', '\\1'), '^(?:0086|86)(10[0-9]{8}|[2-9][0-9]{8,10})$', '0\\1'), '')`,
);

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
    // The hotline desk's text search (ILIKE '%…%', served by pg_trgm from three characters on).
    index("cases_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("cases_description_trgm_idx").using("gin", sql`${t.description} gin_trgm_ops`),
    index("cases_street_trgm_idx").using("gin", sql`${t.street} gin_trgm_ops`),
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
export const caseContacts = pgTable(
  "case_contacts",
  {
    caseId: integer()
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    name: text(),
    phone: text(),
    email: text(),
    idNumber: text(),
    address: text(),
    /**
     * The key the hotline desk finds a caller by, however the phone was written: the database's copy
     * of `phoneKey` (lib/domain/desk/search-query.ts), computed for every writer.
     */
    phoneKey: text().generatedAlwaysAs(PHONE_KEY_SQL),
  },
  (t) => [
    index("case_contacts_phone_key_idx").on(t.phoneKey),
    index("case_contacts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("case_contacts_address_trgm_idx").using("gin", sql`${t.address} gin_trgm_ops`),
  ],
);

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

/**
 * A phone callback (回访) an operator made on a replied case: reached or not, when. A reached
 * caller's answers are the case's feedback of record (case_feedback, the round named here).
 */
export const caseCallbacks = pgTable(
  "case_callbacks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    operatorUserId: text()
      .notNull()
      .references(() => users.id),
    reached: boolean().notNull(),
    /** The reply round whose feedback this call recorded; null when the caller was not reached. */
    feedbackRound: smallint(),
    calledAt: timestamp(tz).notNull(),
    recordedAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    check("case_callbacks_feedback_when_reached", sql`(${t.feedbackRound} is not null) = ${t.reached}`),
    check("case_callbacks_called_before_recorded", sql`${t.calledAt} <= ${t.recordedAt} + interval '5 minutes'`),
    index("case_callbacks_case_idx").on(t.caseId, t.calledAt),
  ],
);
