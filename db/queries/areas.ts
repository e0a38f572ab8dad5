import "server-only";
import { asc, count, eq, max } from "drizzle-orm";
import type { AreaBoundary } from "@/lib/domain/geo/areas";
import type { Queryable } from "../client";
import { areaBoundaries, districts } from "../schema";

/** Every district's area, for the point-in-polygon lookup. */
export async function loadAreaBoundaries(db: Queryable): Promise<AreaBoundary[]> {
  return db
    .select({ districtId: areaBoundaries.districtId, geometry: areaBoundaries.geometry })
    .from(areaBoundaries)
    .orderBy(asc(areaBoundaries.id));
}

/** Per district: how many shapes its area has and when they were imported (the admin page). */
export async function listAreaSummary(db: Queryable) {
  return db
    .select({
      code: districts.code,
      nameZh: districts.nameZh,
      nameEn: districts.nameEn,
      shapes: count(areaBoundaries.id),
      importedAt: max(areaBoundaries.importedAt),
    })
    .from(districts)
    .leftJoin(areaBoundaries, eq(areaBoundaries.districtId, districts.id))
    .groupBy(districts.id)
    .orderBy(asc(districts.id));
}
