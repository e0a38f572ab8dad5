import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { cases, categories, districts, units } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { movePoint } from "@/lib/domain/geo/distance";
import { AppError } from "@/lib/errors";
import { importAreaBoundaries } from "@/lib/services/admin/import-area-boundaries";
import { districtOfPoint } from "@/lib/services/areas/district-of-point";
import { type FileCaseInput, fileCase } from "@/lib/services/cases/file-case";
import { findSimilarOpenCases } from "@/lib/services/cases/similar-cases";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

const NOW = new Date("2026-11-26T08:00:00Z");
// In the seeded Binhai rectangle (db/seed/city-data.ts DISTRICT_AREAS), away from its edges.
const BINHAI_PIN = { latitude: 30.55, longitude: 114.35 };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(TEST_TARGETS)("areas and nearby cases on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let admin: Actor;
  let rubbish: number;
  let greenery: number;
  let binhai: number;
  let key = 0;
  const quiet = async () => undefined;

  const filing = (overrides: Partial<FileCaseInput>): FileCaseInput => ({
    type: "complaint",
    categoryId: rubbish,
    title: "Bins not emptied",
    description: "The bins by the ferry have not been emptied for a week.",
    name: "Zhao Lei",
    email: "zhao.lei@example.cn",
    mayPublish: true,
    anonymous: false,
    idempotencyKey: `maps-${target.name}-${++key}-abcdefgh`,
    ...overrides,
  });

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: NOW }));
    ctx = await serviceContext({ db: connection.db, now: NOW });
    admin = await sessionActor(connection.db, "admin@answerable.local");
    const id = async (table: typeof categories | typeof districts, code: string) => {
      const [row] = await connection.db.select({ id: table.id }).from(table).where(eq(table.code, code));
      if (!row) throw new Error(`no ${code}`);
      return row.id;
    };
    rubbish = await id(categories, "rubbish-collection");
    greenery = await id(categories, "greenery");
    binhai = await id(districts, "binhai");
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("finds the district from the seeded areas, and none outside them", async () => {
    expect(await districtOfPoint(connection.db, BINHAI_PIN)).toEqual({ kind: "found", districtId: binhai });
    expect(await districtOfPoint(connection.db, { latitude: 10, longitude: 10 })).toEqual({ kind: "outside" });
  });

  it("routes a pinned case without a district to the unit of the district holding the pin", async () => {
    const filed = await fileCase(filing({ ...BINHAI_PIN }), { userId: null, role: null }, ctx, quiet);
    const [row] = await connection.db
      .select({ districtId: cases.districtId, lead: units.code, latitude: cases.latitude })
      .from(cases)
      .leftJoin(units, eq(units.id, cases.leadUnitId))
      .where(eq(cases.id, filed.caseId));
    // Rubbish collection goes to each district's second street office (the seeded catalogue).
    expect(row).toEqual({ districtId: binhai, lead: "s-gangkou", latitude: BINHAI_PIN.latitude });
    expect(filed.autoDispatched).toBe(true);
  });

  it("refuses a pin in no area when no district is chosen, next to the district field", async () => {
    const error = await refusal(
      fileCase(filing({ latitude: 10, longitude: 10 }), { userId: null, role: null }, ctx, quiet),
    );
    expect(error.fieldErrors).toEqual({ districtId: ["districtFromPin"] });
  });

  it("offers open cases of the category within the distance, nearest first, beside the title match", async () => {
    const near = await fileCase(
      filing({ ...movePoint(BINHAI_PIN, "north", 120), title: "Overflowing bins, second report" }),
      { userId: null, role: null },
      ctx,
      quiet,
    );
    await fileCase(
      filing({ ...movePoint(BINHAI_PIN, "east", 400), title: "Far away bins" }),
      { userId: null, role: null },
      ctx,
      quiet,
    );
    await fileCase(
      filing({ ...movePoint(BINHAI_PIN, "south", 30), categoryId: greenery, title: "Dead tree" }),
      { userId: null, role: null },
      ctx,
      quiet,
    );
    await fileCase(
      filing({ ...movePoint(BINHAI_PIN, "west", 50), title: "Private one", mayPublish: false }),
      { userId: null, role: null },
      ctx,
      quiet,
    );
    const pin = movePoint(BINHAI_PIN, "north", 10);
    const similar = await findSimilarOpenCases(
      { categoryId: rubbish, districtId: null, text: "bins", point: pin, withinMetres: 250 },
      connection.db,
    );
    const nearby = similar.filter((c) => c.distanceMetres !== null);
    expect(nearby.map((c) => c.title)).toEqual(["Bins not emptied", "Overflowing bins, second report"]);
    expect(nearby[1]?.reference).toBe(near.reference);
    expect(nearby[0]?.distanceMetres).toBeCloseTo(10, 0);

    // A smaller setting leaves the farther one out; with a district the title match comes after.
    const closer = await findSimilarOpenCases(
      { categoryId: rubbish, districtId: binhai, text: "Far away bins", point: pin, withinMetres: 50 },
      connection.db,
    );
    expect(closer[0]).toMatchObject({ title: "Bins not emptied" });
    expect(closer.slice(1).map((c) => [c.title, c.distanceMetres])).toContainEqual(["Far away bins", null]);
    expect(closer.map((c) => c.title)).not.toContain("Private one");
  });

  it("imports an admin's boundaries, replacing the old, and refuses a bad file whole", async () => {
    const square = (district: string, west: number, south: number) => ({
      type: "Feature",
      properties: { district },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [west, south],
            [west + 1, south],
            [west + 1, south + 1],
            [west, south + 1],
            [west, south],
          ],
        ],
      },
    });
    const bad = JSON.stringify({ type: "FeatureCollection", features: [square("atlantis", 0, 0)] });
    expect((await refusal(importAreaBoundaries({ geojson: bad }, admin, ctx))).fieldErrors).toEqual({
      geojson: ["unknownDistrict"],
    });
    expect(await districtOfPoint(connection.db, BINHAI_PIN)).toEqual({ kind: "found", districtId: binhai });

    const good = JSON.stringify({ type: "FeatureCollection", features: [square("binhai", 10, 10)] });
    expect(await importAreaBoundaries({ geojson: good }, admin, ctx)).toEqual({ shapes: 1, districts: 1 });
    expect(await districtOfPoint(connection.db, BINHAI_PIN)).toEqual({ kind: "outside" });
    expect(await districtOfPoint(connection.db, { latitude: 10.5, longitude: 10.5 })).toEqual({
      kind: "found",
      districtId: binhai,
    });
  });
});
