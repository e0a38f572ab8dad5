import "server-only";
import type { Queryable } from "@/db/client";
import { loadAreaBoundaries } from "@/db/queries/areas";
import { type AreaBoundary, type AreaLookup, areaOfPoint } from "@/lib/domain/geo/areas";
import type { LatLng } from "@/lib/domain/geo/distance";
import { createCache } from "../cache";

// Boundaries change when an admin imports a file: cached per database for 30 s like the dispatch
// catalogue, dropped at once on this server by forgetAreaBoundaries.
const boundaries = createCache<"all", AreaBoundary[]>({ name: "area boundaries", ttlMs: 30_000 });

/** The district whose imported area holds the point (docs/maps.md#areas). `via`: the transaction, if any. */
export async function districtOfPoint(db: Queryable, point: LatLng, via: Queryable = db): Promise<AreaLookup> {
  const all = await boundaries.get(db, "all", () => loadAreaBoundaries(via));
  return areaOfPoint(all, point);
}

export function forgetAreaBoundaries(db: Queryable): void {
  boundaries.forget(db);
}
