import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { loadCatalogueEntries } from "@/db/queries/filing";
import { categories, slaPolicies } from "@/db/schema";
import type { CatalogueEntry } from "@/lib/domain/cases/routing";
import { createCache } from "./cache";

// Reference data read on every filing (the dispatch catalogue, the SLA policy of a category),
// cached per database for 30 s. Admin changes call forgetRoutingCache(); other app servers see
// them within the TTL.
type Policy = typeof slaPolicies.$inferSelect;
const catalogue = createCache<number, CatalogueEntry[]>({ name: "dispatch catalogue by category", ttlMs: 30_000 });
const policies = createCache<number, Policy | null>({ name: "SLA policy by category", ttlMs: 30_000 });

// `via` is the connection to read through on a miss: inside a transaction it must be the
// transaction itself (PGlite has a single connection, which the transaction holds).

export function cachedCatalogueEntries(
  db: Queryable,
  categoryId: number,
  via: Queryable = db,
  now = Date.now(),
): Promise<CatalogueEntry[]> {
  return catalogue.get(db, categoryId, () => loadCatalogueEntries(via, categoryId), { now });
}

/** The SLA policy that gives a category's cases their deadlines. */
export function cachedCategoryPolicy(
  db: Queryable,
  categoryId: number,
  via: Queryable = db,
  now = Date.now(),
): Promise<Policy | null> {
  return policies.get(
    db,
    categoryId,
    async () => {
      const [row] = await via
        .select({ policy: slaPolicies })
        .from(categories)
        .innerJoin(slaPolicies, eq(slaPolicies.id, categories.slaPolicyId))
        .where(eq(categories.id, categoryId));
      return row?.policy ?? null;
    },
    { now },
  );
}

export function forgetRoutingCache(db: Queryable): void {
  catalogue.forget(db);
  policies.forget(db);
}
