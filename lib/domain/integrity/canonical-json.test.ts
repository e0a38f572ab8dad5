import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes dates as ISO strings", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: new Date("2026-01-02T03:04:05.006Z") } })).toBe(
      '{"a":{"c":"2026-01-02T03:04:05.006Z","d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives the same text whatever order the keys came in", () => {
    expect(canonicalJson({ x: 1, y: null })).toBe(canonicalJson({ y: null, x: 1 }));
  });
});
