import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { loadCatalogueEntries } from "@/db/queries/filing";
import { categories, slaPolicies } from "@/db/schema";
import type { CatalogueEntry } from "@/lib/domain/cases/routing";

// Reference data read on every filing (the dispatch catalogue, the SLA policy of a category),
// cached per database for 30 s. Admin changes call forgetRoutingCache(); other app servers see
// them within the TTL.
const TTL_MS = 30_000;
type Policy = typeof slaPolicies.$inferSelect;
interface Caches {
  catalogue: Map<number, { value: CatalogueEntry[]; at: number }>;
  policy: Map<number, { value: Policy | null; at: number }>;
}
const caches = new WeakMap<object, Caches>();

function cachesOf(db: Queryable): Caches {
  let found = caches.get(db);
  if (!found) {
    found = { catalogue: new Map(), policy: new Map() };
    caches.set(db, found);
  }
  return found;
}

// `via` is the connection to read through on a miss: inside a transaction it must be the
// transaction itself (PGlite has a single connection, which the transaction holds).

export async function cachedCatalogueEntries(
  db: Queryable,
  categoryId: number,
  via: Queryable = db,
  now = Date.now(),
): Promise<CatalogueEntry[]> {
  const cache = cachesOf(db).catalogue;
  const hit = cache.get(categoryId);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = await loadCatalogueEntries(via, categoryId);
  cache.set(categoryId, { value, at: now });
  return value;
}

/** The SLA policy that gives a category's cases their deadlines. */
export async function cachedCategoryPolicy(
  db: Queryable,
  categoryId: number,
  via: Queryable = db,
  now = Date.now(),
): Promise<Policy | null> {
  const cache = cachesOf(db).policy;
  const hit = cache.get(categoryId);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const [row] = await via
    .select({ policy: slaPolicies })
    .from(categories)
    .innerJoin(slaPolicies, eq(slaPolicies.id, categories.slaPolicyId))
    .where(eq(categories.id, categoryId));
  const value = row?.policy ?? null;
  cache.set(categoryId, { value, at: now });
  return value;
}

export function forgetRoutingCache(db: Queryable): void {
  caches.delete(db);
}
