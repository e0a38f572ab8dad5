import "server-only";
import { type Queryable } from "@/db/client";
import { type LoadedPetition, districtTallies, listDistrictOptions, loadPetition } from "@/db/queries/petitions";

// What a guest's petition page reads, held for one second per server: when a petition goes
// viral, thousands of readers a second cause one read a second, not thousands. The count itself
// is refreshed by the batch job every few seconds, so a second more says nothing new. Signed-in
// readers (the creator, moderators) read afresh, so their own changes show at once.

const TTL_MS = 1_000;
const DISTRICTS_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

export interface PetitionPageData {
  row: LoadedPetition | null;
  tallies: Awaited<ReturnType<typeof districtTallies>>;
}

const pages = new Map<number, { value: Promise<PetitionPageData>; loadedAt: number }>();
let districtOptions: { value: ReturnType<typeof listDistrictOptions>; loadedAt: number } | null = null;

async function readPage(db: Queryable, id: number): Promise<PetitionPageData> {
  const [row, tallies] = await Promise.all([loadPetition(db, id), districtTallies(db, id)]);
  return { row, tallies };
}

export function petitionPageData(
  db: Queryable,
  id: number,
  options: { fresh: boolean },
  now = Date.now(),
): Promise<PetitionPageData> {
  if (options.fresh) return readPage(db, id);
  const hit = pages.get(id);
  if (hit && now - hit.loadedAt < TTL_MS) return hit.value;
  if (pages.size >= MAX_ENTRIES) pages.clear();
  const value = readPage(db, id);
  value.catch(() => pages.delete(id));
  pages.set(id, { value, loadedAt: now });
  return value;
}

export function cachedDistrictOptions(db: Queryable, now = Date.now()): ReturnType<typeof listDistrictOptions> {
  if (districtOptions && now - districtOptions.loadedAt < DISTRICTS_TTL_MS) return districtOptions.value;
  const value = listDistrictOptions(db);
  value.catch(() => {
    districtOptions = null;
  });
  districtOptions = { value, loadedAt: now };
  return value;
}
