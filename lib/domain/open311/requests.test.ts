import { describe, expect, it } from "vitest";
import {
  attributesFromForm,
  caseStatusesFor,
  commaList,
  fullName,
  open311Status,
  parseW3cDatetime,
  requestWindow,
  roundCoordinate,
  titleFromDescription,
} from "./requests";

const DAY = 24 * 60 * 60 * 1000;

describe("open311Status", () => {
  it("reads closed, redirected and merged as closed, everything else as open", () => {
    expect(open311Status("closed")).toBe("closed");
    expect(open311Status("redirected")).toBe("closed");
    expect(open311Status("merged")).toBe("closed");
    expect(open311Status("submitted")).toBe("open");
    expect(open311Status("replied")).toBe("open");
    expect(open311Status("awaiting_citizen")).toBe("open");
  });

  it("gives our statuses for a filter, every status in exactly one", () => {
    const open = caseStatusesFor(["open"]);
    const closed = caseStatusesFor(["closed"]);
    expect(closed.sort()).toEqual(["closed", "merged", "redirected"]);
    expect(open).not.toContain("closed");
    expect(caseStatusesFor(["open", "closed"])).toHaveLength(open.length + closed.length);
  });
});

describe("requestWindow", () => {
  const now = Date.UTC(2026, 5, 1);
  it("defaults to the last 90 days", () => {
    expect(requestWindow({}, now)).toEqual({ ok: true, startMs: now - 90 * DAY, endMs: now });
  });
  it("fills the other end 90 days away", () => {
    expect(requestWindow({ startMs: 0 }, now)).toEqual({ ok: true, startMs: 0, endMs: 90 * DAY });
    expect(requestWindow({ endMs: 90 * DAY }, now)).toEqual({ ok: true, startMs: 0, endMs: 90 * DAY });
  });
  it("accepts exactly 90 days and refuses more, or an end before the start", () => {
    expect(requestWindow({ startMs: 0, endMs: 90 * DAY }, now).ok).toBe(true);
    expect(requestWindow({ startMs: 0, endMs: 90 * DAY + 1 }, now)).toEqual({ ok: false, error: "range" });
    expect(requestWindow({ startMs: DAY, endMs: 0 }, now)).toEqual({ ok: false, error: "order" });
  });
});

describe("parseW3cDatetime", () => {
  it("reads dates, times, Z and offsets", () => {
    expect(parseW3cDatetime("2010-04-14")).toBe(Date.UTC(2010, 3, 14));
    expect(parseW3cDatetime("2010-04-14T06:37:38Z")).toBe(Date.UTC(2010, 3, 14, 6, 37, 38));
    expect(parseW3cDatetime("2010-04-14T06:37:38-08:00")).toBe(Date.UTC(2010, 3, 14, 14, 37, 38));
    expect(parseW3cDatetime("2010-04-14T06:37:38+0800")).toBe(Date.UTC(2010, 3, 13, 22, 37, 38));
    expect(parseW3cDatetime("2010-04-14T06:37:38.250Z")).toBe(Date.UTC(2010, 3, 14, 6, 37, 38, 250));
    expect(parseW3cDatetime("2010-04-14T06:37:38")).toBe(Date.UTC(2010, 3, 14, 6, 37, 38));
  });
  it("refuses what is not a date", () => {
    for (const bad of ["", "yesterday", "2010-13-01", "2026-02-30", "2010-04-14T25:00:00Z"])
      expect(parseW3cDatetime(bad), bad).toBeNull();
  });
});

describe("the small helpers", () => {
  it("rounds coordinates to three decimals", () => {
    expect(roundCoordinate(31.230416)).toBe(31.23);
    expect(roundCoordinate(121.473701)).toBe(121.474);
  });
  it("splits comma lists", () => {
    expect(commaList(" a, b,,a ")).toEqual(["a", "b"]);
  });
  it("takes a title from the first line, cut at a word", () => {
    expect(titleFromDescription("Pothole\nDeep one by the school")).toBe("Pothole");
    const long = titleFromDescription("word ".repeat(40), 20);
    expect([...long].length).toBeLessThanOrEqual(20);
    expect(long.endsWith("…")).toBe(true);
  });
  it("reads attribute[code] fields", () => {
    expect(attributesFromForm({ "attribute[case_type]": "complaint", "attribute[x][]": "1", email: "a@b.c" })).toEqual({
      case_type: "complaint",
      x: "1",
    });
  });
  it("joins the name parts", () => {
    expect(fullName(" Li ", "Wei")).toBe("Li Wei");
    expect(fullName(undefined, "")).toBe("");
  });
});
