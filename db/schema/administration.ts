import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

/** Who changed which setting or reference record, from what to what (PRODUCT.md: changes logged). */
export const adminAuditLog = pgTable(
  "admin_audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: text().references(() => users.id),
    action: text().notNull(),
    subject: text().notNull(),
    before: jsonb().$type<unknown>(),
    after: jsonb().$type<unknown>(),
    occurredAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index("admin_audit_subject_idx").on(t.subject, t.occurredAt)],
);

/** A staff invitation: the emailed link lets the person set their own password, once. */
export const userInvitations = pgTable(
  "user_invitations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    purpose: text().notNull().default("invite"),
    expiresAt: timestamp(tz).notNull(),
    usedAt: timestamp(tz),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [check("user_invitations_purpose", sql`${t.purpose} in ('invite', 'reset')`)],
);

/** Knowledge base: a unit's answers to common questions, in both languages, reviewed by a date. */
export const knowledgeEntries = pgTable(
  "knowledge_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    questionZh: text().notNull(),
    questionEn: text().notNull(),
    answerZh: text().notNull(),
    answerEn: text().notNull(),
    legalBasis: text(),
    reviewBy: date({ mode: "string" }).notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp(tz).notNull().defaultNow(),
    updatedAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index("knowledge_entries_unit_idx").on(t.unitId)],
);
