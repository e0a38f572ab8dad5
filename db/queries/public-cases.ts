// Cases the citizen allowed to be published (cases.may_publish), as the public may see them.
// The contact is read only to redact with it and never leaves this module: every text field
// returned here has already been through redactText with every contact field the citizen gave.
import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type CaseEvent, PUBLIC_EVENTS } from "@/lib/domain/cases/lifecycle";
import { type RedactionContact, redactorFor } from "@/lib/domain/privacy/redaction";
import type { Queryable } from "../client";
import { caseContacts, caseEvents, cases, categories, districts, units } from "../schema";

const leadUnit = alias(units, "lead_unit");

/** Every contact field, for redaction only. */
export const redactionContactColumns = {
  name: caseContacts.name,
  phone: caseContacts.phone,
  email: caseContacts.email,
  idNumber: caseContacts.idNumber,
  address: caseContacts.address,
};

function redactor(contact: RedactionContact | null) {
  const redact = redactorFor(contact);
  return (text: string | null) => (text === null ? null : redact(text));
}

export async function findPublicCase(db: Queryable, reference: string) {
  const [row] = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      type: cases.type,
      status: cases.status,
      title: cases.title,
      description: cases.description,
      createdAt: cases.createdAt,
      repliedAt: cases.repliedAt,
      closedAt: cases.closedAt,
      replyOutcome: cases.replyOutcome,
      replyText: cases.replyText,
      replyLegalBasis: cases.replyLegalBasis,
      replyNextSteps: cases.replyNextSteps,
      categoryZh: categories.nameZh,
      categoryEn: categories.nameEn,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      unitCode: leadUnit.code,
      unitZh: leadUnit.nameZh,
      unitEn: leadUnit.nameEn,
      contact: redactionContactColumns,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(districts, eq(districts.id, cases.districtId))
    .leftJoin(leadUnit, eq(leadUnit.id, cases.leadUnitId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(eq(cases.reference, reference), eq(cases.mayPublish, true)))
    .limit(1);
  if (!row) return null;
  const { contact, title, description, replyText, replyLegalBasis, replyNextSteps, ...facts } = row;
  const redact = redactor(contact);
  return {
    ...facts,
    title: redact(title) ?? "",
    description: redact(description) ?? "",
    replyText: redact(replyText),
    replyLegalBasis: redact(replyLegalBasis),
    replyNextSteps: redact(replyNextSteps),
  };
}
export type PublicCase = NonNullable<Awaited<ReturnType<typeof findPublicCase>>>;

/** The public timeline: events marked public and of a kind the public may see. Notes are left out. */
export async function listPublicTimeline(db: Queryable, caseId: number) {
  return db
    .select({
      id: caseEvents.id,
      event: caseEvents.event,
      occurredAt: caseEvents.occurredAt,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
    })
    .from(caseEvents)
    .leftJoin(units, eq(units.id, caseEvents.unitId))
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        eq(caseEvents.isPublic, true),
        inArray(caseEvents.event, [...PUBLIC_EVENTS] as CaseEvent[]),
      ),
    )
    .orderBy(asc(caseEvents.id));
}

/** A unit's most recently filed public cases, titles redacted. */
export async function listRecentPublicCases(db: Queryable, unitId: number, limit = 10) {
  const rows = await db
    .select({
      reference: cases.reference,
      title: cases.title,
      status: cases.status,
      createdAt: cases.createdAt,
      categoryZh: categories.nameZh,
      categoryEn: categories.nameEn,
      contact: redactionContactColumns,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(eq(cases.leadUnitId, unitId), eq(cases.mayPublish, true)))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit);
  return rows.map(({ contact, title, ...row }) => ({ ...row, title: redactor(contact)(title) ?? "" }));
}
export type RecentPublicCase = Awaited<ReturnType<typeof listRecentPublicCases>>[number];
