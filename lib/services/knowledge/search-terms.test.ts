import { describe, expect, it } from "vitest";
import { knowledgeSearchTerms } from "./search-terms";

describe("knowledgeSearchTerms", () => {
  it("keeps English words, drops short and stop words", () => {
    expect(knowledgeSearchTerms("Where can I report the NOISE from construction?")).toEqual([
      "report",
      "noise",
      "construction",
    ]);
  });
  it("cuts Chinese runs into overlapping pairs", () => {
    expect(knowledgeSearchTerms("夜间施工噪音")).toEqual(["夜间", "间施", "施工", "工噪", "噪音"]);
  });
  it("is bounded", () => {
    expect(knowledgeSearchTerms("一二三四五六七八九十".repeat(10)).length).toBeLessThanOrEqual(24);
  });
});
