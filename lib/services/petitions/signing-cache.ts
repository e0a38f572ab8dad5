import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { districts, petitionBlocks, petitions } from "@/db/schema";
import type { BlockEntry } from "@/lib/domain/petitions/block-list";
import type { PetitionStatus } from "@/lib/domain/petitions/lifecycle";

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

const PETITION_TTL_MS = 2_000;
const DISTRICT_TTL_MS = 60_000;
const BLOCK_TTL_MS = 10_000;
const MAX_PETITIONS = 10_000;

interface Entry<T> {
  value: T;
  loadedAt: number;
}

const petitionCache = new Map<number, Entry<Promise<SigningTarget | null>>>();
let districtCache: Entry<Promise<Map<string, number>>> | null = null;
let blockCache: Entry<Promise<BlockEntry[]>> | null = null;

export function cachedSigningTarget(db: Queryable, id: number, now = Date.now()): Promise<SigningTarget | null> {
  const hit = petitionCache.get(id);
  if (hit && now - hit.loadedAt < PETITION_TTL_MS) return hit.value;
  if (petitionCache.size >= MAX_PETITIONS) petitionCache.clear();
  // The promise is cached, so a thousand concurrent signers cause one read, not a thousand.
  const value = db
    .select({
      id: petitions.id,
      status: petitions.status,
      title: petitions.title,
      shareToken: petitions.shareToken,
      closesAt: petitions.closesAt,
    })
    .from(petitions)
    .where(eq(petitions.id, id))
    .then((rows) => rows[0] ?? null);
  value.catch(() => petitionCache.delete(id));
  petitionCache.set(id, { value, loadedAt: now });
  return value;
}

export function cachedDistrictIds(db: Queryable, now = Date.now()): Promise<Map<string, number>> {
  if (districtCache && now - districtCache.loadedAt < DISTRICT_TTL_MS) return districtCache.value;
  const value = db
    .select({ id: districts.id, code: districts.code })
    .from(districts)
    .orderBy(asc(districts.id))
    .then((rows) => new Map(rows.map((r) => [r.code, r.id])));
  value.catch(() => {
    districtCache = null;
  });
  districtCache = { value, loadedAt: now };
  return value;
}

export function cachedBlocks(db: Queryable, now = Date.now()): Promise<BlockEntry[]> {
  if (blockCache && now - blockCache.loadedAt < BLOCK_TTL_MS) return blockCache.value;
  const value = db
    .select({ kind: petitionBlocks.kind, pattern: petitionBlocks.pattern })
    .from(petitionBlocks)
    .then((rows): BlockEntry[] => rows);
  value.catch(() => {
    blockCache = null;
  });
  blockCache = { value, loadedAt: now };
  return value;
}

/** After a moderator's change on this server. */
export function forgetSigningCaches(petitionId?: number): void {
  if (petitionId === undefined) petitionCache.clear();
  else petitionCache.delete(petitionId);
  blockCache = null;
}
