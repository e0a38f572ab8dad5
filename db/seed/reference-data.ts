import { CHINA_PUBLIC_HOLIDAYS } from "@/lib/domain/calendar/china-holidays";
import type { Queryable } from "../client";
import { DEFAULT_CALENDAR_CODE } from "../queries/calendar";
import {
  areaBoundaries,
  calendarDays,
  calendars,
  categories,
  categoryGroups,
  dispatchEntries,
  dispatchEntryCoUnits,
  districts,
  slaPolicies,
  units,
} from "../schema";
import {
  CATEGORIES,
  CATEGORY_GROUPS,
  DISPATCH_ENTRIES,
  DISTRICT_AREAS,
  DISTRICTS,
  SLA_POLICIES,
  UNITS,
} from "./city-data";

export interface ReferenceIds {
  district: Map<string, number>;
  unit: Map<string, number>;
  policy: Map<string, number>;
  category: Map<string, number>;
}

function idOf(map: Map<string, number>, code: string | null, what: string): number | null {
  if (code === null) return null;
  const id = map.get(code);
  if (id === undefined) throw new Error(`Seed data: unknown ${what} "${code}"`);
  return id;
}

/** The bilingual city of Jiangbin: districts, units, SLA policies, categories, dispatch catalogue, calendar. */
export async function seedReferenceData(db: Queryable): Promise<ReferenceIds> {
  const district = new Map((await db.insert(districts).values(DISTRICTS).returning()).map((d) => [d.code, d.id]));
  await db.insert(areaBoundaries).values(
    Object.entries(DISTRICT_AREAS).map(([code, [west, south, east, north]]) => ({
      districtId: idOf(district, code, "district") ?? 0,
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
    })),
  );

  // Parents first: the data lists them before their children.
  const unit = new Map<string, number>();
  for (const u of UNITS) {
    const [row] = await db
      .insert(units)
      .values({
        code: u.code,
        nameZh: u.nameZh,
        nameEn: u.nameEn,
        unitClass: u.unitClass,
        parentId: idOf(unit, u.parentCode, "parent unit"),
        districtId: idOf(district, u.districtCode, "district"),
        requiresReplyApproval: u.requiresReplyApproval,
      })
      .returning({ id: units.id });
    if (row) unit.set(u.code, row.id);
  }

  const policy = new Map((await db.insert(slaPolicies).values(SLA_POLICIES).returning()).map((p) => [p.code, p.id]));
  const group = new Map(
    (await db.insert(categoryGroups).values(CATEGORY_GROUPS).returning()).map((g) => [g.code, g.id]),
  );
  const categoryRows = await db
    .insert(categories)
    .values(
      CATEGORIES.map((c) => ({
        code: c.code,
        groupId: idOf(group, c.group, "category group") ?? 0,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        slaPolicyId: idOf(policy, c.slaPolicyCode, "SLA policy") ?? 0,
        keywordsZh: c.keywordsZh,
        keywordsEn: c.keywordsEn,
      })),
    )
    .returning();
  const category = new Map(categoryRows.map((c) => [c.code, c.id]));

  for (const entry of DISPATCH_ENTRIES) {
    const [row] = await db
      .insert(dispatchEntries)
      .values({
        categoryId: idOf(category, entry.categoryCode, "category") ?? 0,
        districtId: idOf(district, entry.districtCode, "district"),
        leadUnitId: idOf(unit, entry.leadUnitCode, "unit") ?? 0,
      })
      .returning({ id: dispatchEntries.id });
    if (row && entry.coUnitCodes.length > 0) {
      await db
        .insert(dispatchEntryCoUnits)
        .values(entry.coUnitCodes.map((code) => ({ entryId: row.id, unitId: idOf(unit, code, "co-unit") ?? 0 })));
    }
  }

  const [calendar] = await db
    .insert(calendars)
    .values({
      code: DEFAULT_CALENDAR_CODE,
      nameZh: "江滨市工作日历",
      nameEn: "Jiangbin working calendar",
      timeZone: "Asia/Shanghai",
    })
    .returning();
  if (calendar) {
    const days = Object.values(CHINA_PUBLIC_HOLIDAYS).flatMap((year) => [
      ...year.holidays.map((date) => ({ calendarId: calendar.id, date, kind: "holiday" as const })),
      ...year.makeUpWorkdays.map((date) => ({ calendarId: calendar.id, date, kind: "workday" as const })),
    ]);
    await db.insert(calendarDays).values(days);
  }

  return { district, unit, policy, category };
}
