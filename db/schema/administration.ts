import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { IMPORT_KINDS } from "@/lib/domain/admin/import-rows";
import { users } from "./auth";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

/** Who changed which setting or reference record, from what to what (docs/rules.md#administration: changes logged). */
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
    // A hash chain over the whole log, like case events (docs/integrity.md); null only for rows
    // written before the chain existed, until the migration step hashes them.
    prevHash: text(),
    hash: text(),
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

/**
 * A CSV import applied in chunks after the request that started it: the page polls processed ÷
 * total for its progress bar. The file itself is not kept, only its counts and outcome.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    status: text().notNull().default("running"),
    total: integer().notNull(),
    processed: integer().notNull().default(0),
    created: integer().notNull().default(0),
    updated: integer().notNull().default(0),
    unchanged: integer().notNull().default(0),
    /** The problem found when a chunk could not be applied (rows before it stay imported). */
    failure: jsonb().$type<{ line: number; field: string; messageKey: string }[]>(),
    actorUserId: text().references(() => users.id),
    startedAt: timestamp(tz).notNull().defaultNow(),
    finishedAt: timestamp(tz),
    /** The checked file, kept until the job ends, so a restarted worker resumes it (docs/jobs.md). */
    source: text(),
    /** How it runs: rows per chunk, the importing admin's e-mail, the site's origin for invitations. */
    options: jsonb().$type<{ chunkRows?: number; actorEmail?: string; origin?: string }>(),
    /** Touched by every committed chunk: a running job whose heartbeat is old has lost its worker. */
    heartbeatAt: timestamp(tz),
  },
  (t) => [
    check("import_jobs_status", sql`${t.status} in ('running', 'done', 'failed')`),
    check("import_jobs_kind", sql`${t.kind} in (${sql.raw(IMPORT_KINDS.map((k) => `'${k}'`).join(", "))})`),
    check("import_jobs_progress", sql`${t.processed} between 0 and ${t.total}`),
  ],
);
