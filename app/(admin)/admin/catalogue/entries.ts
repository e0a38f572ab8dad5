import { asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { categories, dispatchEntries, dispatchEntryCoUnits, districts, units } from "@/db/schema";

/** Catalogue entries for the admin table, newest date first per category, with their co-units. */
export async function listCatalogueRows(db: Queryable, categoryId: number | null) {
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
