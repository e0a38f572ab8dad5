import "server-only";
import { asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "../client";
import {
  categories,
  categoryGroups,
  dispatchEntries,
  dispatchEntryCoUnits,
  districts,
  slaPolicies,
  units,
} from "../schema";

// Reads of the organisation the administrators keep (docs/rules.md#administration): units, districts, categories
// and their groups, and the dispatch catalogue (派单目录).

/** Every unit, active or not, as stored, in id order (the hierarchy table and the new-unit form). */
export async function listUnits(db: Queryable) {
  return db.select().from(units).orderBy(asc(units.id));
}

/** Every unit, active or not, with its parent's names, in id order (the administration overview). */
export async function listUnitsWithParent(db: Queryable) {
  const parent = alias(units, "parent");
  return db
    .select({
      id: units.id,
      code: units.code,
      nameZh: units.nameZh,
      nameEn: units.nameEn,
      unitClass: units.unitClass,
      parentZh: parent.nameZh,
      parentEn: parent.nameEn,
      active: units.active,
    })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .orderBy(asc(units.id));
}

/** Every unit's id, names and whether it is active, in id order (parent and catalogue choices). */
export async function listUnitNames(db: Queryable) {
  return db
    .select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn, active: units.active })
    .from(units)
    .orderBy(asc(units.id));
}

/** The stored unit with this code, every column (the edit-unit form), or null. */
export async function findUnitForEditing(db: Queryable, code: string) {
  const [unit] = await db.select().from(units).where(eq(units.code, code));
  return unit ?? null;
}

/** A unit's names (the unit desk's heading), or null when there is no such unit. */
export async function findUnitName(db: Queryable, unitId: number) {
  const [unit] = await db
    .select({ nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .where(eq(units.id, unitId));
  return unit ?? null;
}

/** Every district as stored (id, code, names), in id order. */
export async function listAllDistricts(db: Queryable) {
  return db.select().from(districts).orderBy(asc(districts.id));
}

/** Every category group as stored (id, code, names), in id order. */
export async function listAllCategoryGroups(db: Queryable) {
  return db.select().from(categoryGroups).orderBy(asc(categoryGroups.id));
}

/** Every category, active or not, with its group's and SLA policy's names, by group then id. */
export async function listCategoriesWithGroupAndPolicy(db: Queryable) {
  return db
    .select({
      id: categories.id,
      code: categories.code,
      nameZh: categories.nameZh,
      nameEn: categories.nameEn,
      keywordsZh: categories.keywordsZh,
      keywordsEn: categories.keywordsEn,
      active: categories.active,
      groupZh: categoryGroups.nameZh,
      groupEn: categoryGroups.nameEn,
      slaZh: slaPolicies.nameZh,
      slaEn: slaPolicies.nameEn,
    })
    .from(categories)
    .innerJoin(categoryGroups, eq(categoryGroups.id, categories.groupId))
    .innerJoin(slaPolicies, eq(slaPolicies.id, categories.slaPolicyId))
    .orderBy(asc(categoryGroups.id), asc(categories.id));
}

/** Every category's id, names and whether it is active, in id order (the catalogue's choices). */
export async function listCategoryNames(db: Queryable) {
  return db
    .select({ id: categories.id, nameZh: categories.nameZh, nameEn: categories.nameEn, active: categories.active })
    .from(categories)
    .orderBy(asc(categories.id));
}

/** The stored category with this code, every column (the edit-category form), or null. */
export async function findCategoryForEditing(db: Queryable, code: string) {
  const [category] = await db.select().from(categories).where(eq(categories.code, code));
  return category ?? null;
}

/**
 * The dispatch catalogue's entries for the admin table (all, or one category's), by category,
 * district and newest effective date first, each with its lead unit's and co-units' names.
 */
export async function listDispatchEntries(db: Queryable, categoryId: number | null) {
  const lead = alias(units, "lead");
  const where: SQL | undefined = categoryId === null ? undefined : eq(dispatchEntries.categoryId, categoryId);
  const rows = await db
    .select({
      id: dispatchEntries.id,
      categoryId: dispatchEntries.categoryId,
      districtId: dispatchEntries.districtId,
      effectiveFrom: dispatchEntries.effectiveFrom,
      categoryZh: categories.nameZh,
      categoryEn: categories.nameEn,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      leadZh: lead.nameZh,
      leadEn: lead.nameEn,
      leadActive: lead.active,
    })
    .from(dispatchEntries)
    .innerJoin(categories, eq(categories.id, dispatchEntries.categoryId))
    .innerJoin(lead, eq(lead.id, dispatchEntries.leadUnitId))
    .leftJoin(districts, eq(districts.id, dispatchEntries.districtId))
    .where(where)
    .orderBy(asc(categories.id), asc(dispatchEntries.districtId), desc(dispatchEntries.effectiveFrom));
  const coUnits =
    rows.length === 0
      ? []
      : await db
          .select({ entryId: dispatchEntryCoUnits.entryId, nameZh: units.nameZh, nameEn: units.nameEn })
          .from(dispatchEntryCoUnits)
          .innerJoin(units, eq(units.id, dispatchEntryCoUnits.unitId))
          .where(
            inArray(
              dispatchEntryCoUnits.entryId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((row) => ({ ...row, coUnits: coUnits.filter((c) => c.entryId === row.id) }));
}
