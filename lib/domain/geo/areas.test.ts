import { describe, expect, it } from "vitest";
import { type AreaBoundary, areaOfPoint, parseBoundaryImport } from "./areas";

// Two squares side by side, west [0,1]×[0,1] and east [1,2]×[0,1] (longitude × latitude).
const ring = (west: number, east: number) => [
  [
    [west, 0],
    [east, 0],
    [east, 1],
    [west, 1],
    [west, 0],
  ],
];
const square = (west: number, east: number): AreaBoundary["geometry"] => ({
  type: "Polygon",
  coordinates: ring(west, east),
});
const boundaries: AreaBoundary[] = [
  { districtId: 1, geometry: square(0, 1) },
  { districtId: 2, geometry: square(1, 2) },
  // District 3 is a MultiPolygon of two islands far apart.
  {
    districtId: 3,
    geometry: { type: "MultiPolygon", coordinates: [ring(10, 11), ring(20, 21)] },
  },
];

describe("areaOfPoint", () => {
  it.each([
    ["inside the west square", 0.5, 0.5, { kind: "found", districtId: 1 }],
    ["inside the east square", 0.5, 1.5, { kind: "found", districtId: 2 }],
    ["on the shared edge: both hold it", 0.5, 1, { kind: "ambiguous" }],
    ["in the second island of a MultiPolygon", 0.5, 20.5, { kind: "found", districtId: 3 }],
    ["between the islands", 0.5, 15, { kind: "outside" }],
    ["outside every area", 5, 5, { kind: "outside" }],
  ] as const)("%s", (_, latitude, longitude, expected) => {
    expect(areaOfPoint(boundaries, { latitude, longitude })).toEqual(expected);
  });

  it("finds nothing without boundaries", () => {
    expect(areaOfPoint([], { latitude: 0.5, longitude: 0.5 })).toEqual({ kind: "outside" });
  });

  it("two features of one district are not ambiguous", () => {
    const split = [...boundaries, { districtId: 1, geometry: square(0, 1) }];
    expect(areaOfPoint(split, { latitude: 0.5, longitude: 0.5 })).toEqual({ kind: "found", districtId: 1 });
  });
});

describe("parseBoundaryImport", () => {
  const codes = new Map([
    ["west", 1],
    ["east", 2],
  ]);
  const feature = (district: string, geometry: unknown = square(0, 1)) => ({
    type: "Feature",
    properties: { district, name: "x" },
    geometry,
  });
  const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

  it("imports polygons by district code", () => {
    const result = parseBoundaryImport(collection(feature("west"), feature("east", square(1, 2))), codes);
    expect(result).toEqual({
      ok: true,
      boundaries: [
        { districtId: 1, geometry: square(0, 1) },
        { districtId: 2, geometry: square(1, 2) },
      ],
    });
  });

  it.each([
    ["not JSON", "{", "notJson"],
    ["not a FeatureCollection", JSON.stringify({ type: "Feature" }), "notFeatureCollection"],
    ["an empty collection", collection(), "notFeatureCollection"],
    [
      "a point, not an area",
      collection(feature("west", { type: "Point", coordinates: [0, 0] })),
      "notFeatureCollection",
    ],
    [
      "an open ring",
      collection(
        feature("west", {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        }),
      ),
      "notFeatureCollection",
    ],
    [
      "latitude out of range",
      collection(
        feature(
          "west",
          square(0, 1).coordinates && {
            type: "Polygon",
            coordinates: [
              [
                [0, 0],
                [0, 95],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        ),
      ),
      "notFeatureCollection",
    ],
    [
      "a feature without a district",
      collection({ type: "Feature", properties: {}, geometry: square(0, 1) }),
      "notFeatureCollection",
    ],
  ] as const)("refuses %s", (_, text, kind) => {
    const result = parseBoundaryImport(text, codes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.kind).toBe(kind);
  });

  it("names every unknown district once", () => {
    const result = parseBoundaryImport(collection(feature("north"), feature("north"), feature("west")), codes);
    expect(result).toEqual({ ok: false, problems: [{ kind: "unknownDistrict", code: "north" }] });
  });
});
