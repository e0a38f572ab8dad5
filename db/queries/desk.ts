import "server-only";
import { type SQL, and, desc, eq, gte, ilike, lt, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DeskQuery } from "@/lib/domain/desk/search-query";
import type { Queryable } from "../client";
import { redactionContactColumns } from "./public-cases";
import { caseCallbacks, caseContacts, cases, categories, units, users } from "../schema";

const leadUnit = alias(units, "desk_lead_unit");

export interface DeskSearchFilter {
  query: DeskQuery;
  /** Created at or after (inclusive), before (exclusive). */
  from: Date | null;
  before: Date | null;
  limit: number;
}

/**
 * The hotline desk's search, newest first: by reference, by the caller's phone key (their earlier
 * cases), or by words in the title, description, street, the caller's name or address. ILIKE with
 * trigram GIN indexes (migration 0035): from three characters the indexes serve it; shorter text
 * scans the date window the use case sets (lib/domain/desk/search-query.ts).
 */
export async function searchDeskCases(db: Queryable, filter: DeskSearchFilter) {
  const { query } = filter;
  const conditions: SQL[] = [];
  if (query.kind === "reference") conditions.push(eq(cases.reference, query.reference));
  else if (query.kind === "phone") conditions.push(eq(caseContacts.phoneKey, query.phoneKey));
  else {
    const matches = or(
      ilike(cases.title, query.pattern),
      ilike(cases.description, query.pattern),
      ilike(cases.street, query.pattern),
      ilike(caseContacts.name, query.pattern),
      ilike(caseContacts.address, query.pattern),
    );
    if (matches) conditions.push(matches);
  }
  if (filter.from) conditions.push(gte(cases.createdAt, filter.from));
  if (filter.before) conditions.push(lt(cases.createdAt, filter.before));
  return db
    .select({
      id: cases.id,
      reference: cases.reference,
      title: cases.title,
      type: cases.type,
      channel: cases.channel,
      status: cases.status,
      createdAt: cases.createdAt,
      repliedAt: cases.repliedAt,
      categoryZh: categories.nameZh,
      categoryEn: categories.nameEn,
      unitZh: leadUnit.nameZh,
      unitEn: leadUnit.nameEn,
      /** Shown to operators; for supervisors only used to redact the title (lib/presenters). */
      contact: redactionContactColumns,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(leadUnit, eq(leadUnit.id, cases.leadUnitId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(filter.limit);
}
export type DeskSearchRow = Awaited<ReturnType<typeof searchDeskCases>>[number];

/** A case as the callback form needs it: its reply, the caller, and the calls made so far. */
export async function callbackCase(db: Queryable, reference: string) {
  const [row] = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      title: cases.title,
      status: cases.status,
      repliedAt: cases.repliedAt,
      feedbackDueAt: cases.feedbackDueAt,
      rehandleCount: cases.rehandleCount,
      replyOutcome: cases.replyOutcome,
      replyText: cases.replyText,
      unitZh: leadUnit.nameZh,
      unitEn: leadUnit.nameEn,
      contactName: caseContacts.name,
      contactPhone: caseContacts.phone,
    })
    .from(cases)
    .leftJoin(leadUnit, eq(leadUnit.id, cases.leadUnitId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(eq(cases.reference, reference));
  if (!row) return null;
  const calls = await db
    .select({
      id: caseCallbacks.id,
      reached: caseCallbacks.reached,
      calledAt: caseCallbacks.calledAt,
      operatorName: users.name,
      operatorEmail: users.email,
    })
    .from(caseCallbacks)
    .innerJoin(users, eq(users.id, caseCallbacks.operatorUserId))
    .where(eq(caseCallbacks.caseId, row.id))
    .orderBy(desc(caseCallbacks.calledAt), desc(caseCallbacks.id));
  return { ...row, calls };
}
