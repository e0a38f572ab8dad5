import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { unitClassEnum } from "./enums";

/** A place where cases happen; dispatch entries may be specific to one. */
export const districts = pgTable("districts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  nameZh: text().notNull(),
  nameEn: text().notNull(),
});

/** A responsible unit: bureau, district government, street office or public service company. */
export const units = pgTable(
  "units",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    nameZh: text().notNull(),
    nameEn: text().notNull(),
    unitClass: unitClassEnum().notNull(),
    parentId: integer().references((): AnyPgColumn => units.id),
    districtId: integer().references(() => districts.id),
    requiresReplyApproval: boolean().notNull().default(false),
    /** How the public and the dispatch centre reach the unit (shown on its public page). */
    contactPhone: text(),
    contactEmail: text(),
    contactAddress: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("units_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check("units_code_format", sql`${t.code} ~ '^[a-z0-9][a-z0-9-]*$'`),
    index("units_parent_idx").on(t.parentId),
  ],
);
