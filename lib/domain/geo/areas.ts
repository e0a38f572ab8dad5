import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import type { LatLng } from "./distance";

/** A district's area: a GeoJSON Polygon or MultiPolygon in WGS84 (longitude first, as GeoJSON has it). */
export type AreaGeometry = Polygon | MultiPolygon;

export interface AreaBoundary {
  districtId: number;
  geometry: AreaGeometry;
}

export type AreaLookup = { kind: "found"; districtId: number } | { kind: "outside" } | { kind: "ambiguous" };

/**
 * The district whose area holds the point (point-in-polygon, edges count as inside). A point in
 * no area, or in the areas of two districts (overlapping boundaries), finds none: the citizen
 * chooses the district, as without a map.
 */
export function areaOfPoint(boundaries: readonly AreaBoundary[], point: LatLng): AreaLookup {
  const at: [number, number] = [point.longitude, point.latitude];
  const districts = new Set(
    boundaries.filter((b) => booleanPointInPolygon(at, b.geometry)).map((boundary) => boundary.districtId),
  );
  if (districts.size === 0) return { kind: "outside" };
  if (districts.size > 1) return { kind: "ambiguous" };
  const [districtId] = [...districts];
  return districtId === undefined ? { kind: "outside" } : { kind: "found", districtId };
}

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
// A linear ring: closed, at least 4 positions (GeoJSON, RFC 7946 §3.1.6).
const ring = z
  .array(position)
  .min(4)
  .refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, "ringNotClosed");
const geometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const featureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({ district: z.string().trim().min(1) }).passthrough(),
  geometry: geometrySchema,
});
const collectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(featureSchema).min(1) });

export type BoundaryImportProblem =
  { kind: "notJson" } | { kind: "notFeatureCollection"; detail: string } | { kind: "unknownDistrict"; code: string };

/**
 * An admin's boundary file: a GeoJSON FeatureCollection whose features are Polygons or
 * MultiPolygons with a `district` property holding a district code. Every feature must parse and
 * name a known district, or nothing is imported. Several features may name the same district.
 */
export function parseBoundaryImport(
  text: string,
  districtIdByCode: ReadonlyMap<string, number>,
): { ok: true; boundaries: AreaBoundary[] } | { ok: false; problems: BoundaryImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ kind: "notJson" }] };
  }
  const parsed = collectionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problems: [{ kind: "notFeatureCollection", detail: issue ? `${issue.path.join(".")}: ${issue.message}` : "" }],
    };
  }
  const unknown = [
    ...new Set(parsed.data.features.map((f) => f.properties.district).filter((c) => !districtIdByCode.has(c))),
  ];
  if (unknown.length > 0) return { ok: false, problems: unknown.map((code) => ({ kind: "unknownDistrict", code })) };
  return {
    ok: true,
    boundaries: parsed.data.features.map((f) => ({
      districtId: districtIdByCode.get(f.properties.district) ?? 0,
      geometry: f.geometry as AreaGeometry,
    })),
  };
}
