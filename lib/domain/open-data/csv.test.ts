import { describe, expect, it } from "vitest";
import { UTF8_BOM, csvCell, csvLine } from "./csv";

describe("csvCell", () => {
  it("writes plain values as they are and null as an empty cell", () => {
    expect(csvCell("ABC-2026-000001")).toBe("ABC-2026-000001");
    expect(csvCell(0.885)).toBe("0.885");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell("城市管理局")).toBe("城市管理局");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
  });

  it("refuses numbers that are not finite", () => {
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });
});

it("ends each line with CRLF as RFC 4180 asks, and the BOM is U+FEFF", () => {
  expect(csvLine(["a", 1, null, false])).toBe("a,1,,false\r\n");
  expect(UTF8_BOM.codePointAt(0)).toBe(0xfeff);
});
