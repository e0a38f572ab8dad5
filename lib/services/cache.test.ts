import { describe, expect, it, vi } from "vitest";
import { createCache } from "./cache";

const db = {};
const other = {};

describe("createCache", () => {
  it("reads once within the lifetime, again after it", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000 });
    const load = vi.fn(async () => "v");
    await cache.get(db, 1, load, { now: 0 });
    await cache.get(db, 1, load, { now: 999 });
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get(db, 1, load, { now: 1_000 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one read between concurrent readers", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000 });
    const load = vi.fn(async () => "v");
    await Promise.all([cache.get(db, 1, load, { now: 0 }), cache.get(db, 1, load, { now: 0 })]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps databases, keys and versions apart", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000 });
    const load = vi.fn(async () => "v");
    await cache.get(db, 1, load, { now: 0, version: "a" });
    await cache.get(other, 1, load, { now: 0, version: "a" });
    await cache.get(db, 2, load, { now: 0, version: "a" });
    await cache.get(db, 1, load, { now: 0, version: "b" });
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("drops a failed read so the next reader tries again", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000 });
    await expect(cache.get(db, 1, async () => Promise.reject(new Error("down")), { now: 0 })).rejects.toThrow("down");
    await expect(cache.get(db, 1, async () => "back", { now: 1 })).resolves.toBe("back");
  });

  it("forgets a key, a database, everything, or a key in every database", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000 });
    const load = vi.fn(async () => "v");
    await cache.get(db, 1, load, { now: 0 });
    cache.forget(db, 1);
    await cache.get(db, 1, load, { now: 0 });
    cache.forget(db);
    await cache.get(db, 1, load, { now: 0 });
    cache.forget();
    await cache.get(db, 1, load, { now: 0 });
    await cache.get(other, 1, load, { now: 0 });
    cache.forgetKey(1);
    await cache.get(db, 1, load, { now: 0 });
    await cache.get(other, 1, load, { now: 0 });
    expect(load).toHaveBeenCalledTimes(7);
  });

  it("starts afresh past its size", async () => {
    const cache = createCache<number, string>({ name: "t", ttlMs: 1_000, maxEntries: 2 });
    const load = vi.fn(async () => "v");
    for (const key of [1, 2, 3, 1]) await cache.get(db, key, load, { now: 0 });
    expect(load).toHaveBeenCalledTimes(4);
  });
});
