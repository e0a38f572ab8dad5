import "server-only";

// The one in-process cache: reference data and hot reads, each named with its lifetime and its
// invalidation, per database (tests open several in one process) and per key. It keeps promises,
// so a thousand concurrent readers cause one read; a failed read is dropped at once, so the next
// reader tries again. Every server keeps its own: another server sees a change within `ttlMs`
// (docs/architecture.md lists every cache).

export interface CacheSpec {
  /** What is cached, for the list in docs/architecture.md. */
  name: string;
  ttlMs: number;
  /** Past this many keys for one database, the cache starts afresh (a flood of ids cannot grow it). */
  maxEntries?: number;
}

interface Entry<V> {
  value: Promise<V>;
  at: number;
  version: string | undefined;
  /** The key's generation when loaded: forgetKey moves it on, in every database at once. */
  generation: number;
}

export interface Cache<K, V> {
  readonly spec: CacheSpec;
  /**
   * The cached value for `key`, or `load()`'s. With `version`, an entry of another version is
   * stale whatever its age (figures computed from rollups that have moved on).
   */
  get(db: object, key: K, load: () => Promise<V>, options?: { now?: number; version?: string }): Promise<V>;
  /** Drops one key, or every key of a database, or everything. */
  forget(db?: object, key?: K): void;
  /** Drops one key in every database (a change whose database the caller does not hold). */
  forgetKey(key: K): void;
}

export function createCache<K, V>(spec: CacheSpec): Cache<K, V> {
  let byDb = new WeakMap<object, Map<K, Entry<V>>>();
  const generations = new Map<K, number>();
  return {
    spec,
    get(db, key, load, { now = Date.now(), version } = {}) {
      let entries = byDb.get(db);
      if (!entries) byDb.set(db, (entries = new Map()));
      const generation = generations.get(key) ?? 0;
      const hit = entries.get(key);
      if (hit && hit.version === version && hit.generation === generation && now - hit.at < spec.ttlMs)
        return hit.value;
      if (spec.maxEntries !== undefined && entries.size >= spec.maxEntries) entries.clear();
      const value = load();
      const entry = { value, at: now, version, generation };
      const own = entries;
      value.catch(() => {
        if (own.get(key) === entry) own.delete(key);
      });
      entries.set(key, entry);
      return value;
    },
    forget(db, key) {
      if (db === undefined) byDb = new WeakMap();
      else if (key === undefined) byDb.delete(db);
      else byDb.get(db)?.delete(key);
    },
    forgetKey(key) {
      generations.set(key, (generations.get(key) ?? 0) + 1);
    },
  };
}
