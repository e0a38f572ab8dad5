import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-path";

describe("safeReturnPath", () => {
  it.each([
    ["/desk", "/desk"],
    ["/cases/2026-000001-K?tab=1", "/cases/2026-000001-K?tab=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
    ["", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
