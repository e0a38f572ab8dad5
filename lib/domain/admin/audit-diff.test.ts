import { describe, expect, it } from "vitest";
import { auditChanges, auditValueText, isAuditArea } from "./audit-diff";

describe("audit changes", () => {
  it("lists only the fields that differ, with their values as text", () => {
    expect(
      auditChanges(
        { nameEn: "Parks", parentId: 1, active: true, keywords: ["a"] },
        { nameEn: "Parks Bureau", parentId: 1, active: false, keywords: ["a", "b"] },
      ),
    ).toEqual([
      { field: "nameEn", before: "Parks", after: "Parks Bureau" },
      { field: "active", before: "true", after: "false" },
      { field: "keywords", before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it("treats a created record as every field from nothing, and a removed one the other way", () => {
    expect(auditChanges(null, { code: "parks", parentId: null })).toEqual([
      { field: "code", before: null, after: "parks" },
    ]);
    expect(auditChanges({ date: "2026-10-01" }, undefined)).toEqual([
      { field: "date", before: "2026-10-01", after: null },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges(null, { nameEn: "" })).toEqual([{ field: "nameEn", before: null, after: '""' }]);
  });

  it("compares lists whole and shortens long values", () => {
    expect(auditChanges([{ date: "2026-10-01" }], [])).toEqual([
      { field: "", before: '[{"date":"2026-10-01"}]', after: "[]" },
    ]);
    const long = auditValueText("x".repeat(500));
    expect(long).toHaveLength(160);
    expect(long?.endsWith("…")).toBe(true);
  });

  it("knows its areas", () => {
    expect(isAuditArea("units")).toBe(true);
    expect(isAuditArea("toString")).toBe(false);
  });
});
