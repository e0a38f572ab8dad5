// The rollups change only when the refresher folds in new changes, so figures computed from them
// are kept per process until the rollups' version (their last refresh that changed something)
// moves on, for at most a minute. A page then costs one tiny query when nothing has changed.
import "server-only";
import type { Queryable } from "@/db/client";
import { createCache } from "../cache";
import { rollupsRefreshedAt } from "./refresh-rollups";

const figures = createCache<string, unknown>({ name: "portal figures by page", ttlMs: 60_000, maxEntries: 500 });

export async function cachedFigures<T>(
  db: Queryable,
  key: string,
  compute: () => Promise<T>,
  clock = Date.now,
): Promise<T> {
  const version = (await rollupsRefreshedAt(db))?.toISOString() ?? "never";
  return figures.get(db, key, compute, { now: clock(), version }) as Promise<T>;
}
