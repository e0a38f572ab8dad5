import "server-only";
import { type Queryable } from "@/db/client";
import { type LoadedPetition, districtTallies, listDistrictOptions, loadPetition } from "@/db/queries/petitions";
import { createCache } from "../cache";

// What a guest's petition page reads, held for one second per server: when a petition goes
// viral, thousands of readers a second cause one read a second, not thousands. The count itself
// is refreshed by the batch job every few seconds, so a second more says nothing new. Signed-in
// readers (the creator, moderators) read afresh, so their own changes show at once.

export interface PetitionPageData {
  row: LoadedPetition | null;
  tallies: Awaited<ReturnType<typeof districtTallies>>;
}

const pages = createCache<number, PetitionPageData>({ name: "guest petition page", ttlMs: 1_000, maxEntries: 10_000 });
const districtOptions = createCache<"all", Awaited<ReturnType<typeof listDistrictOptions>>>({
  name: "district options of the signing form",
  ttlMs: 60_000,
});

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
  return pages.get(db, id, () => readPage(db, id), { now });
}

export function cachedDistrictOptions(db: Queryable, now = Date.now()): ReturnType<typeof listDistrictOptions> {
  return districtOptions.get(db, "all", () => listDistrictOptions(db), { now });
}
