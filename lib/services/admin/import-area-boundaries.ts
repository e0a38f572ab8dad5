import "server-only";
import type { Queryable } from "@/db/client";
import { areaBoundaries, districts } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type BoundaryImportProblem, parseBoundaryImport } from "@/lib/domain/geo/areas";
import { AppError } from "@/lib/errors";
import { forgetAreaBoundaries } from "../areas/district-of-point";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";

export const AREA_AUDIT_SUBJECT = "area_boundaries";

/** The field error key of a refused file (adminOrg.areas.errors.*). */
function problemKey(problem: BoundaryImportProblem): string {
  return problem.kind;
}

/**
 * Replaces every district's area with those of an admin's GeoJSON file (docs/maps.md#areas), in
 * one transaction with its audit row. A file with any bad feature or unknown district imports
 * nothing. Cases already filed keep their district.
 */
export async function importAreaBoundaries(
  input: { geojson: string },
  actor: Actor,
  ctx: ServiceContext,
): Promise<{ shapes: number; districts: number }> {
  const { db, now } = ctx;
  const rows = await db.select({ id: districts.id, code: districts.code }).from(districts);
  const parsed = parseBoundaryImport(input.geojson, new Map(rows.map((d) => [d.code, d.id])));
  if (!parsed.ok) {
    const unknown = parsed.problems.flatMap((p) => (p.kind === "unknownDistrict" ? [p.code] : []));
    throw new AppError(
      "validation",
      unknown.length ? `unknown districts: ${unknown.join(", ")}` : "not a boundary file",
      { geojson: [...new Set(parsed.problems.map(problemKey))] },
    );
  }
  const { boundaries } = parsed;
  await db.transaction(async (tx: Queryable) => {
    const before = await tx.select({ districtId: areaBoundaries.districtId }).from(areaBoundaries);
    await tx.delete(areaBoundaries);
    await tx.insert(areaBoundaries).values(boundaries.map((b) => ({ ...b, importedBy: actor.id, importedAt: now })));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "areas.import",
      subject: AREA_AUDIT_SUBJECT,
      before: { shapes: before.length },
      after: { shapes: boundaries.length, districts: new Set(boundaries.map((b) => b.districtId)).size },
      at: now,
    });
  });
  forgetAreaBoundaries(db);
  return { shapes: boundaries.length, districts: new Set(boundaries.map((b) => b.districtId)).size };
}
