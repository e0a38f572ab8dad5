import "server-only";
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/client";
import { knowledgeEntries, units } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { Actor } from "@/lib/domain/access/actor";
import type { KnowledgeEntryInput } from "@/lib/validation/admin-people";
import { knowledgeSearchTerms } from "./search-terms";

export type KnowledgeEntry = typeof knowledgeEntries.$inferSelect;

const SEARCH_LIMIT = 5;

function auditedFields(entry: KnowledgeEntry | KnowledgeEntryInput) {
  const { unitId, questionZh, questionEn, answerZh, answerEn, legalBasis, reviewBy } = entry;
  return { unitId, questionZh, questionEn, answerZh, answerEn, legalBasis, reviewBy };
}

/** Creates an entry, or replaces one when `id` is given. Only administrators manage entries for now. */
export async function saveKnowledgeEntry(
  db: Database,
  input: KnowledgeEntryInput & { id?: number | null },
  actor: Pick<Actor, "id">,
  options: { now?: Date } = {},
): Promise<{ id: number }> {
  const now = options.now ?? new Date();
  const fields = auditedFields(input);
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, input.unitId), eq(units.active, true)));
    if (!unit) throw new AppError("validation", "unitUnknown", { unitId: ["unitUnknown"] });
    if (input.id == null) {
      const [row] = await tx
        .insert(knowledgeEntries)
        .values({ ...fields, createdAt: now, updatedAt: now })
        .returning({ id: knowledgeEntries.id });
      if (!row) throw new Error("knowledge insert returned nothing");
      await recordAdminChange(tx, {
        actorUserId: actor.id,
        action: "knowledge.create",
        subject: `knowledge:${row.id}`,
        after: fields,
        at: now,
      });
      return row;
    }
    const [before] = await tx.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, input.id)).for("update");
    if (!before) throw new AppError("not_found");
    await tx
      .update(knowledgeEntries)
      .set({ ...fields, updatedAt: now })
      .where(eq(knowledgeEntries.id, before.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "knowledge.update",
      subject: `knowledge:${before.id}`,
      before: auditedFields(before),
      after: fields,
      at: now,
    });
    return { id: before.id };
  });
}

/** Withdrawn entries stay on record but are no longer suggested or flagged. */
export async function setKnowledgeEntryActive(
  db: Database,
  input: { id: number; active: boolean },
  actor: Pick<Actor, "id">,
  options: { now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, input.id)).for("update");
    if (!before) throw new AppError("not_found");
    if (before.active === input.active) return;
    await tx
      .update(knowledgeEntries)
      .set({ active: input.active, updatedAt: now })
      .where(eq(knowledgeEntries.id, before.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: input.active ? "knowledge.restore" : "knowledge.withdraw",
      subject: `knowledge:${before.id}`,
      before: { active: before.active },
      after: { active: input.active },
      at: now,
    });
  });
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Active entries whose question or answer (either language) contains the words of `text`,
 * the entries matching most words first. ILIKE works on PGlite and PostgreSQL alike.
 */
export async function searchKnowledge(
  db: Queryable,
  text: string,
  limit: number = SEARCH_LIMIT,
): Promise<KnowledgeEntry[]> {
  const terms = knowledgeSearchTerms(text);
  if (terms.length === 0) return [];
  const haystack = sql`concat_ws(' ', ${knowledgeEntries.questionZh}, ${knowledgeEntries.questionEn}, ${knowledgeEntries.answerZh}, ${knowledgeEntries.answerEn})`;
  const hits = sql.join(
    terms.map((term) => sql`(case when ${haystack} ilike ${likePattern(term)} then 1 else 0 end)`),
    sql` + `,
  );
  const score = sql<number>`(${hits})`;
  return db
    .select({ entry: knowledgeEntries })
    .from(knowledgeEntries)
    .where(and(eq(knowledgeEntries.active, true), sql`${score} > 0`))
    .orderBy(desc(score), desc(knowledgeEntries.updatedAt), asc(knowledgeEntries.id))
    .limit(limit)
    .then((rows) => rows.map((row) => row.entry));
}

/** The unit's active entries whose review date has passed (`today` is the local date, YYYY-MM-DD). */
export async function listOverdueForUnit(db: Queryable, unitId: number, today: string): Promise<KnowledgeEntry[]> {
  return db
    .select()
    .from(knowledgeEntries)
    .where(
      and(eq(knowledgeEntries.unitId, unitId), eq(knowledgeEntries.active, true), lt(knowledgeEntries.reviewBy, today)),
    )
    .orderBy(asc(knowledgeEntries.reviewBy), asc(knowledgeEntries.id));
}

export function isOverdue(entry: Pick<KnowledgeEntry, "reviewBy" | "active">, today: string): boolean {
  return entry.active && entry.reviewBy < today;
}
