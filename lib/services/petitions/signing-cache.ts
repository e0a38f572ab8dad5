import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { districts, petitionBlocks, petitions } from "@/db/schema";
import type { BlockEntry } from "@/lib/domain/petitions/block-list";
import type { PetitionStatus } from "@/lib/domain/petitions/lifecycle";
import { createCache } from "../cache";

// What signing needs to know, held briefly in memory so a surge reads no hot rows: the petition's
// status (2 s), the district codes (1 min) and the block lists (10 s). A moderator's change is
// dropped from this server's cache at once; other servers see it within those times.

export interface SigningTarget {
  id: number;
  status: PetitionStatus;
  title: string;
  shareToken: string;
  closesAt: Date | null;
}

const targets = createCache<number, SigningTarget | null>({
  name: "signing target by petition",
  ttlMs: 2_000,
  maxEntries: 10_000,
});
const districtIds = createCache<"all", Map<string, number>>({ name: "district ids by code", ttlMs: 60_000 });
const blocks = createCache<"all", BlockEntry[]>({ name: "signing block list", ttlMs: 10_000 });

export function cachedSigningTarget(db: Queryable, id: number, now = Date.now()): Promise<SigningTarget | null> {
  return targets.get(
    db,
    id,
    () =>
      db
        .select({
          id: petitions.id,
          status: petitions.status,
          title: petitions.title,
          shareToken: petitions.shareToken,
          closesAt: petitions.closesAt,
        })
        .from(petitions)
        .where(eq(petitions.id, id))
        .then((rows) => rows[0] ?? null),
    { now },
  );
}

export function cachedDistrictIds(db: Queryable, now = Date.now()): Promise<Map<string, number>> {
  return districtIds.get(
    db,
    "all",
    () =>
      db
        .select({ id: districts.id, code: districts.code })
        .from(districts)
        .orderBy(asc(districts.id))
        .then((rows) => new Map(rows.map((r) => [r.code, r.id]))),
    { now },
  );
}

export function cachedBlocks(db: Queryable, now = Date.now()): Promise<BlockEntry[]> {
  return blocks.get(
    db,
    "all",
    () =>
      db
        .select({ kind: petitionBlocks.kind, pattern: petitionBlocks.pattern })
        .from(petitionBlocks)
        .then((rows): BlockEntry[] => rows),
    { now },
  );
}

/** After a moderator's change on this server (every database's entries: the change's is unknown here). */
export function forgetSigningCaches(petitionId?: number): void {
  if (petitionId === undefined) targets.forget();
  else targets.forgetKey(petitionId);
  blocks.forget();
}
