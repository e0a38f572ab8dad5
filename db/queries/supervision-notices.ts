import "server-only";
import { and, asc, count, desc, eq, gte, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../client";
import { redactionContactColumns } from "./public-cases";
import {
  caseContacts,
  cases,
  supervisionNoticeAnswers,
  supervisionNoticeCases,
  supervisionNotices,
  units,
} from "../schema";

// Reads of supervision notices (docs/supervision.md#supervision-notices): the supervisors' list and
// detail, the unit's desk, the unit's public page.

const parentUnit = alias(units, "parent_unit");

const noticeColumns = {
  id: supervisionNotices.id,
  unitId: supervisionNotices.unitId,
  unitCode: units.code,
  unitZh: units.nameZh,
  unitEn: units.nameEn,
  level: supervisionNotices.level,
  topic: supervisionNotices.topic,
  demand: supervisionNotices.demand,
  responseWorkingDays: supervisionNotices.responseWorkingDays,
  issuedAt: supervisionNotices.issuedAt,
  dueAt: supervisionNotices.dueAt,
  status: supervisionNotices.status,
  acceptedAt: supervisionNotices.acceptedAt,
  escalatedAt: supervisionNotices.escalatedAt,
};

/** The newest notices, of one unit or of all, each with how many cases it names. */
export async function listNotices(db: Queryable, options: { unitId?: number; since?: Date; limit?: number } = {}) {
  const where: SQL[] = [];
  if (options.unitId !== undefined) where.push(eq(supervisionNotices.unitId, options.unitId));
  if (options.since) where.push(gte(supervisionNotices.issuedAt, options.since));
  const caseCounts = db
    .select({ noticeId: supervisionNoticeCases.noticeId, n: count().as("n") })
    .from(supervisionNoticeCases)
    .groupBy(supervisionNoticeCases.noticeId)
    .as("case_counts");
  const rows = await db
    .select({ ...noticeColumns, caseCount: caseCounts.n })
    .from(supervisionNotices)
    .innerJoin(units, eq(units.id, supervisionNotices.unitId))
    .leftJoin(caseCounts, eq(caseCounts.noticeId, supervisionNotices.id))
    .where(and(...where))
    .orderBy(desc(supervisionNotices.issuedAt), desc(supervisionNotices.id))
    .limit(options.limit ?? 200);
  return rows.map((row) => ({ ...row, caseCount: Number(row.caseCount ?? 0) }));
}
export type NoticeListRow = Awaited<ReturnType<typeof listNotices>>[number];

/** One notice with its unit and the unit's superior unit. */
export async function findNotice(db: Queryable, id: number) {
  const [row] = await db
    .select({ ...noticeColumns, parentZh: parentUnit.nameZh, parentEn: parentUnit.nameEn })
    .from(supervisionNotices)
    .innerJoin(units, eq(units.id, supervisionNotices.unitId))
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .where(eq(supervisionNotices.id, id));
  return row ?? null;
}
export type NoticeDetailRow = NonNullable<Awaited<ReturnType<typeof findNotice>>>;

/** The cases of these notices. The contact is read only to redact texts with; never shown from here. */
export async function casesOfNotices(db: Queryable, noticeIds: readonly number[]) {
  if (noticeIds.length === 0) return [];
  return db
    .select({
      noticeId: supervisionNoticeCases.noticeId,
      reference: cases.reference,
      title: cases.title,
      status: cases.status,
      accusedUnitId: cases.accusedUnitId,
      contact: redactionContactColumns,
    })
    .from(supervisionNoticeCases)
    .innerJoin(cases, eq(cases.id, supervisionNoticeCases.caseId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(inArray(supervisionNoticeCases.noticeId, [...noticeIds]))
    .orderBy(asc(cases.reference));
}
export type NoticeCaseRow = Awaited<ReturnType<typeof casesOfNotices>>[number];

/** The answers of these notices, round by round. */
export async function answersOfNotices(db: Queryable, noticeIds: readonly number[]) {
  if (noticeIds.length === 0) return [];
  return db
    .select({
      id: supervisionNoticeAnswers.id,
      noticeId: supervisionNoticeAnswers.noticeId,
      round: supervisionNoticeAnswers.round,
      actions: supervisionNoticeAnswers.actions,
      doneBy: supervisionNoticeAnswers.doneBy,
      answeredAt: supervisionNoticeAnswers.answeredAt,
      dueAt: supervisionNoticeAnswers.dueAt,
      decision: supervisionNoticeAnswers.decision,
      reason: supervisionNoticeAnswers.reason,
      decidedAt: supervisionNoticeAnswers.decidedAt,
    })
    .from(supervisionNoticeAnswers)
    .where(inArray(supervisionNoticeAnswers.noticeId, [...noticeIds]))
    .orderBy(asc(supervisionNoticeAnswers.noticeId), asc(supervisionNoticeAnswers.round));
}
export type NoticeAnswerRow = Awaited<ReturnType<typeof answersOfNotices>>[number];

/** The lead unit of the case with this reference (to address a notice about it), or null. */
export async function leadUnitOfCase(db: Queryable, reference: string): Promise<number | null> {
  const [row] = await db.select({ unitId: cases.leadUnitId }).from(cases).where(eq(cases.reference, reference));
  return row?.unitId ?? null;
}
