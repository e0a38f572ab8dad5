import { describe, expect, it } from "vitest";
import { boundingBox, distanceMetres, isWithinMetres, movePoint, roundCoordinate } from "./distance";

const tiananmen = { latitude: 39.9087, longitude: 116.3975 };

describe("distanceMetres", () => {
  it.each([
    ["the same point", tiananmen, tiananmen, 0, 0.001],
    ["one degree of latitude", { latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }, 111_195, 1],
    [
      "one degree of longitude at the equator",
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 1 },
      111_195,
      1,
    ],
    // Tiananmen to the Bird's Nest, about 8.9 km as published.
    ["across Beijing", tiananmen, { latitude: 39.9929, longitude: 116.3965 }, 9_365, 20],
    ["across the antimeridian", { latitude: 0, longitude: 179.999 }, { latitude: 0, longitude: -179.999 }, 222, 1],
  ] as const)("%s", (_, a, b, expected, tolerance) => {
    expect(Math.abs(distanceMetres(a, b) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("is symmetric", () => {
    const b = { latitude: 30.6, longitude: 114.3 };
    expect(distanceMetres(tiananmen, b)).toBeCloseTo(distanceMetres(b, tiananmen), 6);
  });
});

describe("isWithinMetres", () => {
  const centre = { latitude: 30.6, longitude: 114.3 };
  it.each([
    ["249 m north", movePoint(centre, "north", 249), true],
    ["250 m east, on the edge", movePoint(centre, "east", 249.999), true],
    ["251 m west", movePoint(centre, "west", 251), false],
    ["1 km south", movePoint(centre, "south", 1000), false],
  ] as const)("%s", (_, point, within) => {
    expect(isWithinMetres(centre, point, 250)).toBe(within);
  });
});

describe("movePoint", () => {
  it.each(["north", "south", "east", "west"] as const)("moves %s by the distance asked", (direction) => {
    const moved = movePoint(tiananmen, direction, 20);
    expect(distanceMetres(tiananmen, moved)).toBeCloseTo(20, 3);
  });
  it("north raises the latitude and keeps the longitude", () => {
    const moved = movePoint(tiananmen, "north", 100);
    expect(moved.latitude).toBeGreaterThan(tiananmen.latitude);
    expect(moved.longitude).toBe(tiananmen.longitude);
  });
  it("wraps across the antimeridian", () => {
    expect(movePoint({ latitude: 0, longitude: 179.9999 }, "east", 100).longitude).toBeLessThan(-179);
  });
  it("stops at the pole", () => {
    expect(movePoint({ latitude: 89.9999, longitude: 0 }, "north", 1000).latitude).toBe(90);
  });
});

describe("boundingBox", () => {
  it("holds every point within the radius", () => {
    const centre = { latitude: 30.6, longitude: 114.3 };
    const box = boundingBox(centre, 250);
    for (const direction of ["north", "south", "east", "west"] as const) {
      const p = movePoint(centre, direction, 249);
      expect(p.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(p.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(p.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(p.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });
  it("takes the whole longitude range across the antimeridian", () => {
    const box = boundingBox({ latitude: 0, longitude: 179.999 }, 1000);
    expect([box.minLongitude, box.maxLongitude]).toEqual([-180, 180]);
  });
});

describe("roundCoordinate", () => {
  it.each([
    [30.1234567, 30.123457],
    [-0.0000004, -0],
    [114.3, 114.3],
  ])("%s → %s", (value, expected) => {
    expect(roundCoordinate(value)).toBe(expected);
  });
});
