import { describe, expect, it } from "vitest";
import { bodyLimitFor, bodyRefusal } from "./body-limit";

describe("bodyRefusal", () => {
  const post = (url: string, headers: Record<string, string>) => ({ method: "POST", url, headers });

  it("allows photos on the filing form and CSV files on the import pages only", () => {
    expect(bodyLimitFor("/file")).toBe(16 * 1024 * 1024);
    expect(bodyLimitFor("/admin/import")).toBe(16 * 1024 * 1024);
    expect(bodyLimitFor("/petitions/3")).toBe(1024 * 1024);
    expect(bodyRefusal(post("/file?x=1", { "content-length": String(10 * 1024 * 1024) }))).toBeNull();
    expect(bodyRefusal(post("/petitions/3", { "content-length": String(2 * 1024 * 1024) }))).toBe(413);
    expect(bodyRefusal(post("/api/v1/cases", { "content-length": "100" }))).toBeNull();
  });

  it("refuses a body without a length, and a nonsense length", () => {
    expect(bodyRefusal(post("/track", { "transfer-encoding": "chunked" }))).toBe(411);
    expect(bodyRefusal(post("/track", { "content-length": "-1" }))).toBe(411);
    expect(bodyRefusal({ method: "GET", url: "/", headers: {} })).toBeNull();
  });
});
