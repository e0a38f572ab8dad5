import { describe, expect, it } from "vitest";
import { formatCaseReference } from "@/lib/domain/cases/reference";
import {
  SHORT_QUERY_DEFAULT_DAYS,
  containsPattern,
  deskSearchAuditRecord,
  deskSearchRange,
  deskShowsContacts,
  maySearchDesk,
  parseDeskQuery,
  phoneKey,
} from "./search-query";
import { ROLES } from "@/lib/domain/access/roles";

describe("phoneKey", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["+8613812345678", "13812345678"],
    ["0086 13812345678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["(+86) 138 1234 5678", "13812345678"],
    ["１３８１２３４５６７８", "13812345678"],
    ["＋86 13812345678", "13812345678"],
    ["010-12345678", "01012345678"],
    ["(010) 1234 5678", "01012345678"],
    ["+86 10 1234 5678", "01012345678"],
    ["0755-1234567", "07551234567"],
    ["010-12345678转123", "01012345678"],
    ["010-12345678 ext 9", "01012345678"],
    ["12345", "12345"],
  ])("%s → %s", (input, key) => {
    expect(phoneKey(input)).toBe(key);
  });
});

describe("parseDeskQuery", () => {
  const reference = formatCaseReference(2026, 123);
  it.each<[string, ReturnType<typeof parseDeskQuery>]>([
    ["", { error: "required" }],
    ["   ", { error: "required" }],
    ["路", { error: "tooShort" }],
    ["x".repeat(101), { error: "tooLong" }],
    [reference, { kind: "reference", reference }],
    [` ${reference.toLowerCase()} `, { kind: "reference", reference }],
    ["+86 138 1234 5678", { kind: "phone", phoneKey: "13812345678" }],
    ["010-12345678", { kind: "phone", phoneKey: "01012345678" }],
    ["1234567", { kind: "phone", phoneKey: "1234567" }],
    ["张三", { kind: "text", text: "张三", pattern: "%张三%", indexed: false }],
    ["幸福路", { kind: "text", text: "幸福路", pattern: "%幸福路%", indexed: true }],
    ["幸福路  3号", { kind: "text", text: "幸福路 3号", pattern: "%幸福路 3号%", indexed: true }],
    ["12", { kind: "text", text: "12", pattern: "%12%", indexed: false }],
    ["123456", { kind: "text", text: "123456", pattern: "%123456%", indexed: true }],
    ["100%_路", { kind: "text", text: "100%_路", pattern: "%100\\%\\_路%", indexed: true }],
    ["2026-000123-X", { kind: "text", text: "2026-000123-X", pattern: "%2026-000123-X%", indexed: true }],
  ])("%j", (input, expected) => {
    expect(parseDeskQuery(input)).toEqual(expected);
  });
});

describe("containsPattern", () => {
  it("escapes LIKE's own characters", () => {
    expect(containsPattern("a\\b%c_d")).toBe("%a\\\\b\\%c\\_d%");
  });
});

describe("deskSearchRange", () => {
  const today = "2026-12-06";
  const short = { kind: "text", text: "张三", pattern: "%张三%", indexed: false } as const;
  const long = { kind: "text", text: "幸福路", pattern: "%幸福路%", indexed: true } as const;
  const phone = { kind: "phone", phoneKey: "13812345678" } as const;
  it.each<[string, Parameters<typeof deskSearchRange>[0], Parameters<typeof deskSearchRange>[1], unknown]>([
    ["short text, no dates: the last 90 days", short, { from: null, to: null }, { from: "2026-09-07", to: null }],
    ["short text with a range: the range", short, { from: "2025-01-01", to: null }, { from: "2025-01-01", to: null }],
    ["long text: all time", long, { from: null, to: null }, { from: null, to: null }],
    ["phone: all time", phone, { from: null, to: null }, { from: null, to: null }],
    ["one day", phone, { from: "2026-01-01", to: "2026-01-01" }, { from: "2026-01-01", to: "2026-01-01" }],
    ["reversed", phone, { from: "2026-02-01", to: "2026-01-01" }, { error: "dateOrder" }],
    ["too long", phone, { from: "2010-01-01", to: "2026-01-01" }, { error: "rangeTooLong" }],
  ])("%s", (_name, query, range, expected) => {
    expect(deskSearchRange(query, range, today)).toEqual(expected);
  });

  it("the default window is 90 days", () => {
    expect(SHORT_QUERY_DEFAULT_DAYS).toBe(90);
  });
});

describe("who may search", () => {
  const searchers = new Set(["operator", "supervisor"]);
  it.each(ROLES)("%s", (role) => {
    expect(maySearchDesk(role)).toBe(searchers.has(role));
    expect(deskShowsContacts(role)).toBe(role === "operator");
  });
});

describe("deskSearchAuditRecord", () => {
  it("keeps the normalised phone, not the way it was typed", () => {
    expect(deskSearchAuditRecord({ kind: "phone", phoneKey: "13812345678" }, { from: "2026-01-01", to: null })).toEqual(
      { kind: "phone", term: "13812345678", from: "2026-01-01", to: null },
    );
  });
  it("keeps the text as searched", () => {
    const query = parseDeskQuery("张三");
    if ("error" in query) throw new Error("parse");
    expect(deskSearchAuditRecord(query, { from: null, to: null })).toEqual({
      kind: "text",
      term: "张三",
      from: null,
      to: null,
    });
  });
});
