import { describe, expect, it } from "vitest";
import { pathRefusal } from "./path-refusal";

describe("pathRefusal", () => {
  it.each(["/petitions/12", "/track/2026-000001-K?x=%zz", "/search/%E9%81%93", undefined])("routes %s", (url) => {
    expect(pathRefusal(url)).toBeNull();
  });

  it.each(["/petitions/%E0%A4%A", "/track/%zz", "/cases/%", "/a%00b"])("refuses %s", (url) => {
    expect(pathRefusal(url)).toBe(400);
  });
});
