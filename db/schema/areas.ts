import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { AreaGeometry } from "@/lib/domain/geo/areas";
import { users } from "./auth";
import { districts } from "./organisation";

/**
 * A district's area, imported by an admin as GeoJSON (docs/maps.md#areas). The geometry is a
 * WGS84 Polygon or MultiPolygon kept as jsonb; the point-in-polygon test runs in the app
 * (lib/domain/geo/areas.ts), so PGlite and PostgreSQL answer the same without PostGIS.
 * A district may have several rows (islands, exclaves).
 */
export const areaBoundaries = pgTable(
  "area_boundaries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    districtId: integer()
      .notNull()
      .references(() => districts.id, { onDelete: "cascade" }),
    geometry: jsonb().$type<AreaGeometry>().notNull(),
    importedBy: text().references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("area_boundaries_district_idx").on(t.districtId),
    check("area_boundaries_geometry_type", sql`${t.geometry}->>'type' in ('Polygon', 'MultiPolygon')`),
  ],
);
