import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { CARD_DEADLINES, CARD_KINDS } from "@/lib/domain/supervision/cards";
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES } from "@/lib/domain/supervision/rectifications";
import { NOTICE_DECISIONS, NOTICE_LEVELS, NOTICE_STATUSES } from "@/lib/domain/supervision/notices";
import { appraisalCampaigns } from "./appraisal";
import { users } from "./auth";
import { cases } from "./cases";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

export const cardKindEnum = pgEnum("card_kind", CARD_KINDS);
export const cardDeadlineEnum = pgEnum("card_deadline", CARD_DEADLINES);

/**
 * An overdue card (docs/rules.md#traffic-light): a supervision record that a unit missed one of a case's
 * deadlines by the policy's working days. Issued by the `supervision.cards` job, exactly once per
 * case, deadline, due date and kind; never updated, so later calendar or policy edits do not
 * rewrite a card already issued. A notice's card (an overdue supervision notice's escalation) has the
 * notice instead of a case and a case deadline, once per notice and kind.
 */
export const supervisionCards = pgTable(
  "supervision_cards",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The case whose deadline was missed; null for a notice's card. */
    caseId: integer().references(() => cases.id),
    /** The supervision notice left unanswered past its deadline; null for a case's card. */
    noticeId: integer().references((): AnyPgColumn => supervisionNotices.id),
    /** The unit that held the case (its lead) when the card was issued. */
    unitId: integer()
      .notNull()
      .references(() => units.id),
    kind: cardKindEnum().notNull(),
    deadline: cardDeadlineEnum(),
    dueAt: timestamp(tz).notNull(),
    /** Working days the deadline was missed by when the card was issued. */
    workingDaysLate: integer().notNull(),
    issuedAt: timestamp(tz).notNull(),
  },
  (t) => [
    unique("supervision_cards_once").on(t.caseId, t.deadline, t.dueAt, t.kind),
    unique("supervision_cards_notice_once").on(t.noticeId, t.kind),
    check(
      "supervision_cards_source",
      sql`(${t.noticeId} is null and ${t.caseId} is not null and ${t.deadline} is not null) or (${t.noticeId} is not null and ${t.caseId} is null and ${t.deadline} is null)`,
    ),
    index("supervision_cards_unit_idx").on(t.unitId, t.issuedAt),
    index("supervision_cards_issued_idx").on(t.issuedAt),
  ],
);

export const supervisionNoticeLevelEnum = pgEnum("supervision_notice_level", NOTICE_LEVELS);
export const supervisionNoticeStatusEnum = pgEnum("supervision_notice_status", NOTICE_STATUSES);
export const supervisionNoticeDecisionEnum = pgEnum("supervision_notice_decision", NOTICE_DECISIONS);

/**
 * A supervision notice (督办单, docs/supervision.md#supervision-notices): what a supervisor demands of
 * one unit about its cases (supervision_notice_cases) or a topic, by a deadline on the working-day
 * calendar. `due_at` is the deadline of the answer now owed (a send-back sets a new one);
 * `escalated_at` is stamped once, by the `supervision.notices` job.
 */
export const supervisionNotices = pgTable(
  "supervision_notices",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    level: supervisionNoticeLevelEnum().notNull(),
    /** What the notice is about, in a line; required when it names no case. */
    topic: text(),
    demand: text().notNull(),
    responseWorkingDays: integer().notNull(),
    /** The supervisor who issued it; null when the system did (a rectification plan not filed in time). */
    issuedBy: text().references(() => users.id),
    issuedAt: timestamp(tz).notNull(),
    dueAt: timestamp(tz).notNull(),
    status: supervisionNoticeStatusEnum().notNull().default("issued"),
    acceptedAt: timestamp(tz),
    escalatedAt: timestamp(tz),
  },
  (t) => [
    index("supervision_notices_unit_idx").on(t.unitId, t.issuedAt),
    index("supervision_notices_due_idx").on(t.status, t.dueAt),
    check("supervision_notices_demand", sql`length(btrim(${t.demand})) between 1 and 4000`),
    check("supervision_notices_topic", sql`${t.topic} is null or length(btrim(${t.topic})) between 1 and 200`),
    check("supervision_notices_days", sql`${t.responseWorkingDays} between 1 and 30`),
    check("supervision_notices_due_after_issue", sql`${t.dueAt} > ${t.issuedAt}`),
    check("supervision_notices_accepted", sql`(${t.status} = 'accepted') = (${t.acceptedAt} is not null)`),
    check("supervision_notices_escalated", sql`${t.escalatedAt} is null or ${t.escalatedAt} >= ${t.issuedAt}`),
  ],
);

/** The cases a notice is about (none for a topic). */
export const supervisionNoticeCases = pgTable(
  "supervision_notice_cases",
  {
    noticeId: integer()
      .notNull()
      .references(() => supervisionNotices.id),
    caseId: integer()
      .notNull()
      .references(() => cases.id),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.caseId] }), index("supervision_notice_cases_case_idx").on(t.caseId)],
);

/**
 * One answer of the unit's head (what was done, by when) and the supervisor's decision on it. Round
 * 1 is the first answer; a send-back's reason asks for round 2, and so on. Never deleted.
 */
export const supervisionNoticeAnswers = pgTable(
  "supervision_notice_answers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    noticeId: integer()
      .notNull()
      .references(() => supervisionNotices.id),
    round: integer().notNull(),
    /** What the unit did. */
    actions: text().notNull(),
    /** By when it is (or will be) done, a local date. */
    doneBy: date().notNull(),
    answeredBy: text()
      .notNull()
      .references(() => users.id),
    answeredAt: timestamp(tz).notNull(),
    /** The deadline this answer was owed by, frozen (late = answered_at >= due_at). */
    dueAt: timestamp(tz).notNull(),
    decision: supervisionNoticeDecisionEnum(),
    reason: text(),
    decidedBy: text().references(() => users.id),
    decidedAt: timestamp(tz),
  },
  (t) => [
    unique("supervision_notice_answers_round").on(t.noticeId, t.round),
    check("supervision_notice_answers_round_positive", sql`${t.round} >= 1`),
    check("supervision_notice_answers_actions", sql`length(btrim(${t.actions})) between 1 and 4000`),
    check(
      "supervision_notice_answers_decided",
      sql`(${t.decision} is null) = (${t.decidedAt} is null) and (${t.decision} is null) = (${t.decidedBy} is null)`,
    ),
    check(
      "supervision_notice_answers_reason",
      sql`${t.decision} is distinct from 'sent_back' or length(btrim(coalesce(${t.reason}, ''))) between 1 and 2000`,
    ),
  ],
);

export const rectificationSourceEnum = pgEnum("rectification_source", RECTIFICATION_SOURCES);
export const rectificationStatusEnum = pgEnum("rectification_status", RECTIFICATION_STATUSES);

/**
 * A rectification (整改, docs/supervision.md#rectification): a unit whose appraisal result or
 * monthly scorecard is red owes a plan by `due_at` (15 working days after the result was
 * published), then a report of its completion, which a supervisor accepts or sends back. Opened by
 * the `supervision.rectifications` job exactly once per unit and result; a plan not filed in time
 * becomes a supervision notice (`overdue_notice_id`, once).
 */
export const rectifications = pgTable(
  "rectifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    source: rectificationSourceEnum().notNull(),
    /** The closed campaign whose result did not pass (source appraisal). */
    campaignId: integer().references(() => appraisalCampaigns.id),
    /** The month whose frozen scorecard was red, "YYYY-MM" (source scorecard). */
    periodKey: text(),
    /** When the failing result was published (campaign closed, scorecard frozen). */
    publishedAt: timestamp(tz).notNull(),
    openedAt: timestamp(tz).notNull(),
    dueAt: timestamp(tz).notNull(),
    status: rectificationStatusEnum().notNull().default("owed"),
    plan: text(),
    /** By when the unit means to be done, a local date. */
    planDoneBy: date(),
    planFiledBy: text().references(() => users.id),
    planFiledAt: timestamp(tz),
    report: text(),
    reportedBy: text().references(() => users.id),
    reportedAt: timestamp(tz),
    /** The latest send-back's reason; how many times the report was sent back. */
    sendBackReason: text(),
    sendBacks: integer().notNull().default(0),
    decidedBy: text().references(() => users.id),
    decidedAt: timestamp(tz),
    acceptedAt: timestamp(tz),
    overdueNoticeId: integer().references(() => supervisionNotices.id),
  },
  (t) => [
    unique("rectifications_once").on(t.unitId, t.source, t.campaignId, t.periodKey).nullsNotDistinct(),
    unique("rectifications_notice_once").on(t.overdueNoticeId),
    index("rectifications_unit_idx").on(t.unitId, t.openedAt),
    index("rectifications_due_idx").on(t.status, t.dueAt),
    check(
      "rectifications_source",
      sql`(${t.source} = 'appraisal' and ${t.campaignId} is not null and ${t.periodKey} is null) or (${t.source} = 'scorecard' and ${t.campaignId} is null and ${t.periodKey} ~ '^[0-9]{4}-[0-9]{2}$')`,
    ),
    check("rectifications_due_after_publication", sql`${t.dueAt} > ${t.publishedAt}`),
    check(
      "rectifications_plan",
      sql`(${t.status} = 'owed') = (${t.planFiledAt} is null) and (${t.planFiledAt} is null) = (${t.plan} is null) and (${t.plan} is null) = (${t.planDoneBy} is null) and (${t.plan} is null or length(btrim(${t.plan})) between 1 and 4000)`,
    ),
    check(
      "rectifications_report",
      sql`(${t.status} in ('reported', 'accepted')) = (${t.reportedAt} is not null) and (${t.reportedAt} is null) = (${t.report} is null) and (${t.report} is null or length(btrim(${t.report})) between 1 and 4000)`,
    ),
    check("rectifications_accepted", sql`(${t.status} = 'accepted') = (${t.acceptedAt} is not null)`),
    check("rectifications_send_backs", sql`${t.sendBacks} >= 0`),
  ],
);
