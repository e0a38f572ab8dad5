import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { clockKindEnum } from "./enums";
import { districts, units } from "./organisation";

/** The deadlines a case gets (docs/rules.md#deadlines), chosen by category. */
export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    nameZh: text().notNull(),
    nameEn: text().notNull(),
    clockKind: clockKindEnum().notNull(),
    signForLimit: integer(),
    firstContactLimit: integer(),
    replyLimit: integer().notNull(),
    maxExtensions: integer().notNull().default(1),
    maxExtensionAmount: integer(),
    warningFraction: numeric({ precision: 4, scale: 3, mode: "number" }).notNull().default(0.2),
    warningMinimumWorkingDays: integer().notNull().default(1),
    yellowCardAfterWorkingDays: integer().notNull().default(1),
    redCardAfterWorkingDays: integer().notNull().default(3),
    disputeWindowWorkingDays: integer().notNull().default(5),
  },
  (t) => [
    check("sla_reply_positive", sql`${t.replyLimit} > 0`),
    check("sla_sign_for_positive", sql`${t.signForLimit} is null or ${t.signForLimit} > 0`),
    check("sla_contact_positive", sql`${t.firstContactLimit} is null or ${t.firstContactLimit} > 0`),
    check(
      "sla_ordered",
      sql`(${t.signForLimit} is null or ${t.signForLimit} <= ${t.replyLimit}) and (${t.firstContactLimit} is null or ${t.firstContactLimit} <= ${t.replyLimit})`,
    ),
    check(
      "sla_extensions",
      sql`${t.maxExtensions} >= 0 and (${t.maxExtensionAmount} is null or ${t.maxExtensionAmount} > 0)`,
    ),
    check(
      "sla_warning",
      sql`${t.warningFraction} >= 0 and ${t.warningFraction} < 1 and ${t.warningMinimumWorkingDays} >= 0`,
    ),
    check("sla_dispute_window", sql`${t.disputeWindowWorkingDays} >= 0`),
    check(
      "sla_cards",
      sql`${t.yellowCardAfterWorkingDays} >= 0 and ${t.redCardAfterWorkingDays} >= ${t.yellowCardAfterWorkingDays}`,
    ),
  ],
);

export const categoryGroups = pgTable("category_groups", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  nameZh: text().notNull(),
  nameEn: text().notNull(),
});

export const categories = pgTable(
  "categories",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    groupId: integer()
      .notNull()
      .references(() => categoryGroups.id),
    nameZh: text().notNull(),
    nameEn: text().notNull(),
    slaPolicyId: integer()
      .notNull()
      .references(() => slaPolicies.id),
    keywordsZh: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    keywordsEn: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
  },
  (t) => [index("categories_group_idx").on(t.groupId)],
);

/** 派单目录: category × district → lead unit (and co-units), from a date on. */
export const dispatchEntries = pgTable(
  "dispatch_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    districtId: integer().references(() => districts.id),
    leadUnitId: integer()
      .notNull()
      .references(() => units.id),
    effectiveFrom: date({ mode: "string" })
      .notNull()
      .default(sql`'2000-01-01'`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("dispatch_entries_key").on(t.categoryId, t.districtId, t.effectiveFrom).nullsNotDistinct(),
    index("dispatch_entries_category_idx").on(t.categoryId),
  ],
);

export const dispatchEntryCoUnits = pgTable(
  "dispatch_entry_co_units",
  {
    entryId: integer()
      .notNull()
      .references(() => dispatchEntries.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.unitId] })],
);
