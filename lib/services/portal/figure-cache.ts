// The rollups change only when the refresher folds in new changes, so figures computed from them
// are kept per process until the rollups' version (their last refresh that changed something)
// moves on, for at most a minute. A page then costs one tiny query when nothing has changed.
import "server-only";
import type { Queryable } from "@/db/client";
import { rollupsRefreshedAt } from "./refresh-rollups";

const TTL_MS = 60_000;
const MAX_ENTRIES = 500;
const caches = new WeakMap<object, Map<string, { version: string; at: number; value: Promise<unknown> }>>();

export async function cachedFigures<T>(
  db: Queryable,
  key: string,
  compute: () => Promise<T>,
  clock = Date.now,
): Promise<T> {
  const version = (await rollupsRefreshedAt(db))?.toISOString() ?? "never";
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  const hit = cache.get(key);
  if (hit && hit.version === version && clock() - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  // A failed computation is not kept: the next request tries again.
  value.catch(() => cache.delete(key));
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { version, at: clock(), value });
  return value;
}
