import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { CatalogueEntry } from "@/lib/domain/cases/routing";
import type { Queryable } from "../client";
import {
  caseAttachments,
  caseCoUnits,
  cases,
  categories,
  categoryGroups,
  dispatchEntries,
  dispatchEntryCoUnits,
  districts,
  units,
  users,
} from "../schema";

/** Active categories under their groups, for the filing form's <optgroup>s. */
export async function listCategoryGroups(db: Queryable) {
  const rows = await db
    .select({
      groupId: categoryGroups.id,
      groupZh: categoryGroups.nameZh,
      groupEn: categoryGroups.nameEn,
      id: categories.id,
      nameZh: categories.nameZh,
      nameEn: categories.nameEn,
    })
    .from(categories)
    .innerJoin(categoryGroups, eq(categoryGroups.id, categories.groupId))
    .where(eq(categories.active, true))
    .orderBy(asc(categoryGroups.id), asc(categories.id));
  const groups = new Map<
    number,
    { id: number; nameZh: string; nameEn: string; categories: { id: number; nameZh: string; nameEn: string }[] }
  >();
  for (const row of rows) {
    const group = groups.get(row.groupId) ?? {
      id: row.groupId,
      nameZh: row.groupZh,
      nameEn: row.groupEn,
      categories: [],
    };
    group.categories.push({ id: row.id, nameZh: row.nameZh, nameEn: row.nameEn });
    groups.set(row.groupId, group);
  }
  return [...groups.values()];
}

export async function listDistricts(db: Queryable) {
  return db
    .select({ id: districts.id, nameZh: districts.nameZh, nameEn: districts.nameEn })
    .from(districts)
    .orderBy(asc(districts.id));
}

/** Whether a filing's category is active and its district exists, in one round trip. */
export async function filingTargetsExist(
  db: Queryable,
  categoryId: number,
  districtId: number,
  accusedUnitId: number | null = null,
): Promise<{ categoryOk: boolean; districtOk: boolean; accusedUnitOk: boolean }> {
  const [row] = await db
    .select({
      categoryOk: sql<boolean>`exists (select 1 from ${categories} where ${categories.id} = ${categoryId} and ${categories.active})`,
      districtOk: sql<boolean>`exists (select 1 from ${districts} where ${districts.id} = ${districtId})`,
      accusedUnitOk:
        accusedUnitId === null
          ? sql<boolean>`true`
          : sql<boolean>`exists (select 1 from ${units} where ${units.id} = ${accusedUnitId} and ${units.active})`,
    })
    .from(sql`(select 1) as one`);
  return {
    categoryOk: Boolean(row?.categoryOk),
    districtOk: Boolean(row?.districtOk),
    accusedUnitOk: Boolean(row?.accusedUnitOk),
  };
}

/** The dispatch catalogue of one category in the shape routeCase needs; inactive co-units are left out. */
export async function loadCatalogueEntries(db: Queryable, categoryId: number): Promise<CatalogueEntry[]> {
  const entries = await db
    .select({
      id: dispatchEntries.id,
      categoryId: dispatchEntries.categoryId,
      districtId: dispatchEntries.districtId,
      leadUnitId: dispatchEntries.leadUnitId,
      effectiveFrom: dispatchEntries.effectiveFrom,
      leadUnitActive: units.active,
    })
    .from(dispatchEntries)
    .innerJoin(units, eq(units.id, dispatchEntries.leadUnitId))
    .where(eq(dispatchEntries.categoryId, categoryId));
  if (entries.length === 0) return [];
  const coUnits = await db
    .select({ entryId: dispatchEntryCoUnits.entryId, unitId: dispatchEntryCoUnits.unitId })
    .from(dispatchEntryCoUnits)
    .innerJoin(units, eq(units.id, dispatchEntryCoUnits.unitId))
    .where(
      and(
        inArray(
          dispatchEntryCoUnits.entryId,
          entries.map((e) => e.id),
        ),
        eq(units.active, true),
      ),
    );
  return entries.map((entry) => ({
    ...entry,
    coUnitIds: coUnits.filter((c) => c.entryId === entry.id).map((c) => c.unitId),
  }));
}

/** Active staff and heads of a unit, who hear about a case dispatched to it. */
export async function listUnitStaffEmails(db: Queryable, unitId: number): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true)));
  return rows.map((r) => r.email);
}

export async function listCaseAttachmentIds(db: Queryable, caseId: number) {
  return db
    .select({ id: caseAttachments.id, width: caseAttachments.width, height: caseAttachments.height })
    .from(caseAttachments)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.id));
}

/** An attachment with what deciding who may see it needs. */
export async function findAttachmentWithCase(db: Queryable, attachmentId: number) {
  const [row] = await db
    .select({
      contentType: caseAttachments.contentType,
      content: caseAttachments.content,
      caseId: cases.id,
      reference: cases.reference,
      trackingCodeHash: cases.trackingCodeHash,
      leadUnitId: cases.leadUnitId,
      citizenUserId: cases.citizenUserId,
      accusedUnitId: cases.accusedUnitId,
    })
    .from(caseAttachments)
    .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
    .where(eq(caseAttachments.id, attachmentId));
  if (!row) return null;
  const coUnits = await db
    .select({ unitId: caseCoUnits.unitId })
    .from(caseCoUnits)
    .where(eq(caseCoUnits.caseId, row.caseId));
  return { ...row, coUnitIds: coUnits.map((c) => c.unitId) };
}
