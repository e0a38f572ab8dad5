import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { cases } from "./cases";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Photos filed with a case, re-encoded on upload so no EXIF or GPS data survives. */
export const caseAttachments = pgTable(
  "case_attachments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    contentType: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    byteSize: integer().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    check("case_attachments_type", sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp')`),
    check("case_attachments_size", sql`${t.byteSize} > 0 and ${t.byteSize} <= 5242880`),
    index("case_attachments_case_idx").on(t.caseId),
  ],
);

export const extensionStatusEnum = pgEnum("extension_status", ["pending", "approved", "refused"]);

/** A unit's request for more time, decided by its head (docs/rules.md#extensions). */
export const caseExtensionRequests = pgTable(
  "case_extension_requests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    requestedByUserId: text().references(() => users.id),
    amount: smallint().notNull(),
    reason: text().notNull(),
    status: extensionStatusEnum().notNull().default("pending"),
    decidedByUserId: text().references(() => users.id),
    decidedAt: timestamp(tz),
    decisionNote: text(),
    previousDueAt: timestamp(tz),
    newDueAt: timestamp(tz),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    check("case_extension_amount", sql`${t.amount} > 0`),
    check("case_extension_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
    uniqueIndex("case_extension_one_pending")
      .on(t.caseId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** A citizen who adds their voice to an existing open case instead of filing a duplicate. */
export const caseVoices = pgTable(
  "case_voices",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    citizenUserId: text().references(() => users.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [index("case_voices_case_idx").on(t.caseId)],
);

/** Deployment settings an admin can change (feedback window, re-handling limit, …). */
export const appSettings = pgTable("app_settings", {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedAt: timestamp(tz).notNull().defaultNow(),
});
