import "server-only";
import { and, asc, count, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { TRIAGE_STATUSES, WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import type { Queryable } from "../client";
import { redactionContactColumns } from "./public-cases";
import {
  caseCoUnits,
  caseContacts,
  caseEvents,
  caseFeedback,
  cases,
  categories,
  districts,
  slaPolicies,
  units,
} from "../schema";

const leadUnit = alias(units, "lead_unit");

/** The columns every case list shows. */
const listColumns = {
  id: cases.id,
  reference: cases.reference,
  title: cases.title,
  type: cases.type,
  status: cases.status,
  channel: cases.channel,
  createdAt: cases.createdAt,
  dispatchedAt: cases.dispatchedAt,
  replyDueAt: cases.replyDueAt,
  problemCase: cases.problemCase,
  disputeCount: cases.disputeCount,
  categoryZh: categories.nameZh,
  categoryEn: categories.nameEn,
  districtZh: districts.nameZh,
  districtEn: districts.nameEn,
  unitId: cases.leadUnitId,
  unitZh: leadUnit.nameZh,
  unitEn: leadUnit.nameEn,
  clockKind: slaPolicies.clockKind,
  warningFraction: slaPolicies.warningFraction,
  warningMinimumWorkingDays: slaPolicies.warningMinimumWorkingDays,
  /** Set on a whistle-blower report that accuses a unit: its handlers read it redacted. */
  accusedUnitId: cases.accusedUnitId,
  /** Read only to redact the list's text with (lib/presenters/case-rows.ts); never shown from here. */
  contact: redactionContactColumns,
};
export type CaseListRow = Awaited<ReturnType<typeof listTriageQueue>>[number];

function listQuery(db: Queryable) {
  return db
    .select(listColumns)
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(districts, eq(districts.id, cases.districtId))
    .leftJoin(leadUnit, eq(leadUnit.id, cases.leadUnitId))
    .leftJoin(slaPolicies, eq(slaPolicies.id, cases.slaPolicyId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id));
}

export async function listTriageQueue(db: Queryable, limit = 100) {
  return listQuery(db)
    .where(
      or(
        inArray(cases.status, [...TRIAGE_STATUSES]),
        and(eq(cases.problemCase, true), inArray(cases.status, [...WITH_UNIT_STATUSES])),
      ),
    )
    .orderBy(asc(cases.createdAt))
    .limit(limit);
}

export async function triageCounts(db: Queryable) {
  const rows = await db
    .select({ status: cases.status, problem: cases.problemCase, n: count() })
    .from(cases)
    .where(or(inArray(cases.status, [...TRIAGE_STATUSES]), eq(cases.problemCase, true)))
    .groupBy(cases.status, cases.problemCase);
  const total = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).reduce((sum, r) => sum + r.n, 0);
  return {
    submitted: total((r) => r.status === "submitted"),
    disputed: total((r) => r.status === "disputed"),
    problem: total((r) => r.problem && WITH_UNIT_STATUSES.has(r.status)),
  };
}

/** Cases a unit leads or co-handles that are still with it; never a report that accuses it. */
export async function listUnitCases(db: Queryable, unitId: number) {
  const coHandled = db.select({ caseId: caseCoUnits.caseId }).from(caseCoUnits).where(eq(caseCoUnits.unitId, unitId));
  return listQuery(db)
    .where(
      and(
        inArray(cases.status, [...WITH_UNIT_STATUSES]),
        or(eq(cases.leadUnitId, unitId), inArray(cases.id, coHandled)),
        sql`${cases.accusedUnitId} is distinct from ${unitId}`,
      ),
    )
    .orderBy(asc(cases.replyDueAt))
    .limit(500);
}

export async function listOpenCasesWithUnit(db: Queryable) {
  return listQuery(db)
    .where(inArray(cases.status, [...WITH_UNIT_STATUSES]))
    .orderBy(asc(cases.replyDueAt));
}

export async function listCitizenCases(db: Queryable, userId: string) {
  return listQuery(db).where(eq(cases.citizenUserId, userId)).orderBy(desc(cases.createdAt)).limit(200);
}

export async function listRecentCases(db: Queryable, limit = 50) {
  return listQuery(db).orderBy(desc(cases.createdAt)).limit(limit);
}

/** The id of the case with this reference, or null. */
export async function caseIdByReference(db: Queryable, reference: string): Promise<number | null> {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference));
  return row?.id ?? null;
}

export async function findCaseByReference(db: Queryable, reference: string) {
  const [found] = await listQuery(db).where(eq(cases.reference, reference)).limit(1);
  if (!found) return null;
  // The contact is read apart (findCaseContact), only where the reader's access allows it.
  const { contact: _contact, ...row } = found;
  const [detail] = await db.select().from(cases).where(eq(cases.id, row.id));
  const coUnits = await db
    .select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(caseCoUnits)
    .innerJoin(units, eq(units.id, caseCoUnits.unitId))
    .where(eq(caseCoUnits.caseId, row.id));
  return detail ? { ...row, detail, coUnits } : null;
}

/** The citizen's answer to "was it solved?" in the latest callback round; null when none was given. */
export async function lastFeedbackSolved(db: Queryable, caseId: number): Promise<boolean | null> {
  const [row] = await db
    .select({ solved: caseFeedback.solved })
    .from(caseFeedback)
    .where(eq(caseFeedback.caseId, caseId))
    .orderBy(desc(caseFeedback.round))
    .limit(1);
  return row?.solved ?? null;
}

export async function findCaseContact(db: Queryable, caseId: number) {
  const [contact] = await db.select().from(caseContacts).where(eq(caseContacts.caseId, caseId));
  return contact ?? null;
}

export async function listCaseEvents(db: Queryable, caseId: number, onlyPublic = false) {
  return db
    .select({
      id: caseEvents.id,
      event: caseEvents.event,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      actorRole: caseEvents.actorRole,
      note: caseEvents.note,
      isPublic: caseEvents.isPublic,
      occurredAt: caseEvents.occurredAt,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
    })
    .from(caseEvents)
    .leftJoin(units, eq(units.id, caseEvents.unitId))
    .where(
      onlyPublic ? and(eq(caseEvents.caseId, caseId), eq(caseEvents.isPublic, true)) : eq(caseEvents.caseId, caseId),
    )
    .orderBy(asc(caseEvents.id));
}

/** Cases received and closed since a moment, and open now. */
export async function caseVolumeSince(db: Queryable, since: Date) {
  // postgres.js cannot serialise a Date inside raw SQL: pass an ISO string and cast it.
  const at = sql`${since.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      received: sql<number>`count(*) filter (where ${cases.createdAt} >= ${at})`.mapWith(Number),
      closed: sql<number>`count(*) filter (where ${cases.closedAt} >= ${at})`.mapWith(Number),
      open: sql<number>`count(*) filter (where ${cases.status} not in ('closed', 'redirected', 'merged'))`.mapWith(
        Number,
      ),
    })
    .from(cases)
    .where(
      or(
        gte(cases.createdAt, since),
        gte(cases.closedAt, since),
        sql`${cases.status} not in ('closed', 'redirected', 'merged')`,
      ),
    );
  return row ?? { received: 0, closed: 0, open: 0 };
}

/** How many cases are stored, in every status (the open-data page). */
export async function countCases(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(cases);
  return row?.n ?? 0;
}
