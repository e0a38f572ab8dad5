import { describe, expect, it } from "vitest";
import {
  MEASURE_KINDS,
  MAX_LINKED_CASES,
  countByKind,
  isMeasureKind,
  measureProblems,
  mostSevere,
  parseCaseReferences,
  publishedMeasure,
  severity,
} from "./accountability";

const ok = { takenOn: "2026-05-10", today: "2026-05-12", cases: [], campaign: null };

describe("measure kinds", () => {
  it("run from a reminder to a referral to the discipline authority, in order of severity", () => {
    expect(MEASURE_KINDS[0]).toBe("reminder");
    expect(MEASURE_KINDS.at(-1)).toBe("discipline_referral");
    expect(severity("talk")).toBeLessThan(severity("written_self_criticism"));
    expect(severity("written_self_criticism")).toBeLessThan(severity("public_criticism"));
    expect(severity("public_criticism")).toBeLessThan(severity("discipline_referral"));
  });

  it("the most severe of some measures", () => {
    expect(mostSevere([])).toBeNull();
    expect(mostSevere(["talk", "reminder", "public_criticism", "talk"])).toBe("public_criticism");
  });

  it("knows its own kinds only", () => {
    expect(isMeasureKind("talk")).toBe(true);
    expect(isMeasureKind("dismissal")).toBe(false);
    expect(isMeasureKind(3)).toBe(false);
  });

  it("counts every kind, zero included", () => {
    expect(countByKind(["talk", "talk", "reminder"])).toEqual({
      reminder: 1,
      talk: 2,
      written_self_criticism: 0,
      public_criticism: 0,
      discipline_referral: 0,
    });
  });
});

describe("measureProblems", () => {
  it("accepts a measure of today or earlier without causes", () => {
    expect(measureProblems(ok)).toEqual({});
    expect(measureProblems({ ...ok, takenOn: ok.today })).toEqual({});
  });

  it("refuses a date in the future", () => {
    expect(measureProblems({ ...ok, takenOn: "2026-05-13" })).toEqual({ takenOn: ["dateInFuture"] });
  });

  it("refuses unknown cases, then cases the unit never handled", () => {
    const found = { reference: "A", found: true, handledByUnit: true };
    expect(measureProblems({ ...ok, cases: [found] })).toEqual({});
    expect(measureProblems({ ...ok, cases: [found, { reference: "B", found: false, handledByUnit: false }] })).toEqual({
      caseReferences: ["caseUnknown"],
    });
    expect(measureProblems({ ...ok, cases: [{ reference: "C", found: true, handledByUnit: false }] })).toEqual({
      caseReferences: ["caseNotOfUnit"],
    });
  });

  it("refuses more cases than a measure may cite", () => {
    const many = Array.from({ length: MAX_LINKED_CASES + 1 }, (_, i) => ({
      reference: String(i),
      found: true,
      handledByUnit: true,
    }));
    expect(measureProblems({ ...ok, cases: many })).toEqual({ caseReferences: ["tooManyCases"] });
  });

  it("cites an appraisal result only of a closed campaign that rated the unit", () => {
    expect(measureProblems({ ...ok, campaign: { found: true, closed: true, ratedUnit: true } })).toEqual({});
    expect(measureProblems({ ...ok, campaign: { found: false, closed: false, ratedUnit: false } })).toEqual({
      campaignId: ["campaignUnknown"],
    });
    expect(measureProblems({ ...ok, campaign: { found: true, closed: false, ratedUnit: true } })).toEqual({
      campaignId: ["campaignNotClosed"],
    });
    expect(measureProblems({ ...ok, campaign: { found: true, closed: true, ratedUnit: false } })).toEqual({
      campaignId: ["campaignNotOfUnit"],
    });
  });
});

describe("parseCaseReferences", () => {
  it("splits on commas, spaces and new lines, upper-cases and keeps each once", () => {
    expect(parseCaseReferences(" ab-1, AB-2，ab-1\nab-3、 ")).toEqual(["AB-1", "AB-2", "AB-3"]);
    expect(parseCaseReferences("  ")).toEqual([]);
  });
});

describe("publishedMeasure", () => {
  const measure = {
    kind: "talk" as const,
    takenOn: "2026-05-10",
    reason: "Li Ming did not call back Wang Fang (13812345678, wang.fang@example.cn) about case AB-1.",
    followUp: "Li Ming apologised to Wang Fang on 13812345678.",
    officialName: "Li Ming",
    contacts: [{ name: "Wang Fang", phone: "138 1234 5678", email: "wang.fang@example.cn" }, null],
  };

  it("removes the citizens' personal data of the cited cases from reason and follow-up", () => {
    const shown = publishedMeasure(measure, true);
    for (const text of [shown.reason, shown.followUp ?? ""]) {
      expect(text).not.toContain("Wang");
      expect(text).not.toContain("13812345678");
      expect(text).not.toContain("wang.fang");
    }
    expect(shown.reason).toContain("case AB-1");
  });

  it("shows the official's name only when names are published, also where the texts quote it", () => {
    expect(publishedMeasure(measure, true)).toMatchObject({ officialName: "Li Ming" });
    expect(publishedMeasure(measure, true).reason).toContain("Li Ming");
    const hidden = publishedMeasure(measure, false);
    expect(hidden.officialName).toBeNull();
    expect(hidden.reason).not.toContain("Li Ming");
    expect(hidden.followUp).not.toContain("Li Ming");
  });

  it("keeps a missing follow-up missing", () => {
    expect(publishedMeasure({ ...measure, followUp: null }, false).followUp).toBeNull();
  });
});
