import "server-only";
import { and, asc, count, desc, eq, gte, type SQL } from "drizzle-orm";
import type { CardKind } from "@/lib/domain/supervision/cards";
import type { Queryable } from "../client";
import { redactionContactColumns } from "./public-cases";
import { caseContacts, cases, supervisionCards, units } from "../schema";

// Reads of the supervision records (docs/rules.md#supervision): the overdue cards the `supervision.cards`
// job issues and the cards of overdue supervision notices (the `supervision.notices` job).

const cardColumns = {
  id: supervisionCards.id,
  kind: supervisionCards.kind,
  deadline: supervisionCards.deadline,
  dueAt: supervisionCards.dueAt,
  workingDaysLate: supervisionCards.workingDaysLate,
  issuedAt: supervisionCards.issuedAt,
  unitId: supervisionCards.unitId,
  noticeId: supervisionCards.noticeId,
  unitZh: units.nameZh,
  unitEn: units.nameEn,
};

/** The cards of one case, oldest first. */
export async function listCardsOfCase(db: Queryable, caseId: number) {
  return db
    .select(cardColumns)
    .from(supervisionCards)
    .innerJoin(units, eq(units.id, supervisionCards.unitId))
    .where(eq(supervisionCards.caseId, caseId))
    .orderBy(asc(supervisionCards.issuedAt), asc(supervisionCards.id));
}

/**
 * The newest cards, of one unit or of all, with their case (none for a notice's card). The contact is read only to redact
 * the title with; it is never shown from here.
 */
export async function listCards(db: Queryable, options: { unitId?: number; kind?: CardKind; limit?: number } = {}) {
  const where: SQL[] = [];
  if (options.unitId !== undefined) where.push(eq(supervisionCards.unitId, options.unitId));
  if (options.kind) where.push(eq(supervisionCards.kind, options.kind));
  return db
    .select({
      ...cardColumns,
      reference: cases.reference,
      title: cases.title,
      status: cases.status,
      accusedUnitId: cases.accusedUnitId,
      contact: redactionContactColumns,
    })
    .from(supervisionCards)
    .innerJoin(units, eq(units.id, supervisionCards.unitId))
    .leftJoin(cases, eq(cases.id, supervisionCards.caseId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(...where))
    .orderBy(desc(supervisionCards.issuedAt), desc(supervisionCards.id))
    .limit(options.limit ?? 200);
}
export type CardListRow = Awaited<ReturnType<typeof listCards>>[number];

/** How many cards of each kind a unit was issued since a moment (its public page). */
export async function cardCountsOfUnit(db: Queryable, unitId: number, since: Date): Promise<Record<CardKind, number>> {
  const rows = await db
    .select({ kind: supervisionCards.kind, n: count() })
    .from(supervisionCards)
    .where(and(eq(supervisionCards.unitId, unitId), gte(supervisionCards.issuedAt, since)))
    .groupBy(supervisionCards.kind);
  const counts: Record<CardKind, number> = { yellow: 0, red: 0 };
  for (const row of rows) counts[row.kind] = Number(row.n);
  return counts;
}
