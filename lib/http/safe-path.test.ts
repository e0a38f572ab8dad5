import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-path";

describe("safeReturnPath", () => {
  it.each([
    ["/desk", "/desk"],
    ["/cases/2026-000001-K?tab=1", "/cases/2026-000001-K?tab=1"],
    ["/search?q=%E9%81%93%E8%B7%AF", "/search?q=%E9%81%93%E8%B7%AF"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
    ["", "/"],
    ["desk", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  // Browsers drop tabs and newlines from URLs and fold some spaces: each of these would become
  // `//evil.example` (off-site) once a browser cleaned it.
  it.each([
    "/\t/evil.example",
    "/\r/evil.example",
    "/\n/evil.example",
    "/\u0000/evil.example",
    "/\u3000/evil.example",
    "/ /evil.example",
    "/%09/evil.example",
    "/%0d%0a/evil.example",
    "/%00/evil.example",
    "/%E3%80%80/evil.example",
    "/%2f/evil.example",
    "/%5cevil.example",
    "/%zz",
    "/desk\u2028",
  ])("refuses %j", (input) => {
    expect(safeReturnPath(input, "/home")).toBe("/home");
  });
});
