// The reads of the Open311 server (docs/open311.md). Service requests are published cases only
// (cases.may_publish), redacted exactly as on the public case pages: the contact is read to redact
// with and never leaves this module.
import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CaseStatus } from "@/lib/domain/cases/lifecycle";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import type { Queryable } from "../client";
import {
  caseContacts,
  cases,
  categories,
  categoryGroups,
  districts,
  open311Clients,
  open311Requests,
  units,
} from "../schema";
import { redactionContactColumns } from "./public-cases";

const leadUnit = alias(units, "lead_unit");

/** Active categories with their group: the services. */
export async function listOpen311Services(db: Queryable, code?: string) {
  return db
    .select({
      code: categories.code,
      nameZh: categories.nameZh,
      nameEn: categories.nameEn,
      keywordsZh: categories.keywordsZh,
      keywordsEn: categories.keywordsEn,
      groupZh: categoryGroups.nameZh,
      groupEn: categoryGroups.nameEn,
    })
    .from(categories)
    .innerJoin(categoryGroups, eq(categoryGroups.id, categories.groupId))
    .where(
      code === undefined ? eq(categories.active, true) : and(eq(categories.active, true), eq(categories.code, code)),
    )
    .orderBy(asc(categoryGroups.code), asc(categories.code));
}
export type Open311ServiceRow = Awaited<ReturnType<typeof listOpen311Services>>[number];

/** The ids behind service and attribute codes, for filing (null when unknown or inactive). */
export async function findOpen311FilingTargets(db: Queryable, serviceCode: string, districtCode: string | null) {
  const [category] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.code, serviceCode), eq(categories.active, true)));
  const [district] =
    districtCode === null
      ? []
      : await db.select({ id: districts.id }).from(districts).where(eq(districts.code, districtCode));
  return { categoryId: category?.id ?? null, districtId: district?.id ?? null };
}

export async function listOpen311Districts(db: Queryable) {
  return db
    .select({ code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn })
    .from(districts)
    .orderBy(asc(districts.code));
}

/** The client holding a key (by its hash), revoked or not. */
export async function findOpen311ClientByKeyHash(db: Queryable, keyHash: string) {
  const [row] = await db.select().from(open311Clients).where(eq(open311Clients.keyHash, keyHash));
  return row ?? null;
}

/** Every client for the admin page, newest first; never the key's hash. */
export async function listOpen311Clients(db: Queryable) {
  return db
    .select({
      id: open311Clients.id,
      name: open311Clients.name,
      keyPrefix: open311Clients.keyPrefix,
      requestsPerMinute: open311Clients.requestsPerMinute,
      createdAt: open311Clients.createdAt,
      revokedAt: open311Clients.revokedAt,
    })
    .from(open311Clients)
    .orderBy(desc(open311Clients.createdAt), desc(open311Clients.id));
}

/** The case reference a token stands for, or null. */
export async function findOpen311Token(db: Queryable, token: string) {
  const [row] = await db
    .select({ reference: cases.reference })
    .from(open311Requests)
    .innerJoin(cases, eq(cases.id, open311Requests.caseId))
    .where(eq(open311Requests.token, token));
  return row?.reference ?? null;
}

export interface ServiceRequestFilter {
  /** service_request_id list: when given, the other filters are not applied (the spec). */
  references?: readonly string[];
  serviceCodes?: readonly string[];
  statuses?: readonly CaseStatus[];
  start?: Date;
  end?: Date;
  limit: number;
}

/** Published cases as service requests, newest first, every text redacted. */
export async function listPublicServiceRequests(db: Queryable, filter: ServiceRequestFilter) {
  const conditions: SQL[] = [eq(cases.mayPublish, true)];
  if (filter.references) conditions.push(inArray(cases.reference, [...filter.references]));
  else {
    if (filter.serviceCodes) conditions.push(inArray(categories.code, [...filter.serviceCodes]));
    if (filter.statuses) conditions.push(inArray(cases.status, [...filter.statuses]));
    if (filter.start) conditions.push(gte(cases.createdAt, filter.start));
    if (filter.end) conditions.push(lte(cases.createdAt, filter.end));
  }
  const rows = await db
    .select({
      reference: cases.reference,
      status: cases.status,
      description: cases.description,
      street: cases.street,
      latitude: cases.latitude,
      longitude: cases.longitude,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      replyDueAt: cases.replyDueAt,
      replyText: cases.replyText,
      serviceCode: categories.code,
      serviceZh: categories.nameZh,
      serviceEn: categories.nameEn,
      unitZh: leadUnit.nameZh,
      unitEn: leadUnit.nameEn,
      contact: redactionContactColumns,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .leftJoin(leadUnit, eq(leadUnit.id, cases.leadUnitId))
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(filter.limit);
  return rows.map(({ contact, description, street, replyText, ...facts }) => {
    const redact = redactorFor(contact);
    return {
      ...facts,
      description: redact(description),
      street: street === null ? null : redact(street),
      replyText: replyText === null ? null : redact(replyText),
    };
  });
}
export type PublicServiceRequest = Awaited<ReturnType<typeof listPublicServiceRequests>>[number];
