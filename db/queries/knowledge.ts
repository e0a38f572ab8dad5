import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { knowledgeEntries, units } from "../schema";

/** Every knowledge-base entry, active or not, with its unit's names, by unit, review date and id. */
export async function listKnowledgeEntries(db: Queryable) {
  return db
    .select({ entry: knowledgeEntries, unitZh: units.nameZh, unitEn: units.nameEn })
    .from(knowledgeEntries)
    .innerJoin(units, eq(units.id, knowledgeEntries.unitId))
    .orderBy(asc(units.id), asc(knowledgeEntries.reviewBy), asc(knowledgeEntries.id));
}
