import { describe, expect, it } from "vitest";
import {
  appraisalScore,
  bottomUnits,
  combinedScore,
  countLights,
  failingUnits,
  lightShares,
  rankUnits,
  unitAppraisalResult,
} from "./tally";

const rules = { minimumSample: 3, appraisalWeight: 70 };

describe("appraisal score", () => {
  it("maps green to 100, yellow to 60 and red to 0, averaged over the ratings", () => {
    expect(appraisalScore({ green: 1, yellow: 0, red: 0 })).toBe(100);
    expect(appraisalScore({ green: 0, yellow: 4, red: 0 })).toBe(60);
    expect(appraisalScore({ green: 1, yellow: 1, red: 1 })).toBe(53.3);
  });

  it("refuses to score nothing", () => {
    expect(() => appraisalScore({ green: 0, yellow: 0, red: 0 })).toThrow(RangeError);
  });
});

describe("combined score", () => {
  it("weighs the appraisal 70 % and the scorecard 30 % by default", () => {
    expect(combinedScore(80, 90, 70)).toBe(83);
  });
  it("is the appraisal alone when the scorecard had too few cases", () => {
    expect(combinedScore(80, null, 70)).toBe(80);
  });
  it("refuses a weight outside 0–100", () => {
    expect(() => combinedScore(80, 90, 120)).toThrow(RangeError);
  });
});

describe("light shares", () => {
  it("add up to exactly one", () => {
    const shares = lightShares({ green: 1, yellow: 1, red: 1 });
    expect(shares.green + shares.yellow + shares.red).toBeCloseTo(1, 10);
    expect(shares).toEqual({ green: 0.334, yellow: 0.333, red: 0.333 });
  });
  it("count each light", () => {
    expect(countLights(["green", "red", "green"])).toEqual({ green: 2, yellow: 0, red: 1 });
  });
});

describe("unit result", () => {
  it("is too few ratings below the minimum sample, with no shares", () => {
    expect(unitAppraisalResult({ counts: { green: 2, yellow: 0, red: 0 }, scorecardScore: 90 }, rules)).toEqual({
      kind: "too_few",
      ratings: 2,
      minimum: 3,
    });
  });

  it("grades the combined score with the appraisal bands; red does not pass", () => {
    const good = unitAppraisalResult({ counts: { green: 3, yellow: 0, red: 0 }, scorecardScore: 90 }, rules);
    expect(good).toMatchObject({ kind: "result", combinedScore: 97, grade: "satisfied", light: "green", passes: true });
    const bad = unitAppraisalResult({ counts: { green: 0, yellow: 1, red: 2 }, scorecardScore: 50 }, rules);
    expect(bad).toMatchObject({
      kind: "result",
      appraisalScore: 20,
      combinedScore: 29,
      grade: "dissatisfied",
      light: "red",
      passes: false,
    });
  });

  it("passes a unit whose raters all say yellow (60 is the pass line)", () => {
    expect(unitAppraisalResult({ counts: { green: 0, yellow: 3, red: 0 }, scorecardScore: null }, rules)).toMatchObject(
      { light: "yellow", passes: true },
    );
  });
});

describe("ranking", () => {
  const rows = [
    {
      unit: "a",
      result: unitAppraisalResult({ counts: { green: 3, yellow: 0, red: 0 }, scorecardScore: null }, rules),
    },
    {
      unit: "b",
      result: unitAppraisalResult({ counts: { green: 0, yellow: 0, red: 3 }, scorecardScore: null }, rules),
    },
    {
      unit: "c",
      result: unitAppraisalResult({ counts: { green: 0, yellow: 3, red: 0 }, scorecardScore: null }, rules),
    },
    {
      unit: "d",
      result: unitAppraisalResult({ counts: { green: 0, yellow: 3, red: 0 }, scorecardScore: null }, rules),
    },
    {
      unit: "e",
      result: unitAppraisalResult({ counts: { green: 1, yellow: 0, red: 0 }, scorecardScore: null }, rules),
    },
  ];

  it("ranks best first, shares a rank on a tie and leaves out units with too few ratings", () => {
    expect(rankUnits(rows).map((r) => [r.unit, r.rank])).toEqual([
      ["a", 1],
      ["c", 2],
      ["d", 2],
      ["b", 4],
    ]);
  });

  it("lists the bottom units worst first, keeping ties together", () => {
    expect(bottomUnits(rankUnits(rows), 2).map((r) => r.unit)).toEqual(["b", "d", "c"]);
    expect(bottomUnits(rankUnits(rows), 1).map((r) => r.unit)).toEqual(["b"]);
  });

  it("never names every unit as bottom-ranked", () => {
    expect(bottomUnits(rankUnits(rows), 10).map((r) => r.unit)).not.toContain("a");
    expect(bottomUnits(rankUnits(rows.slice(0, 1)), 3)).toEqual([]);
  });

  it("lists red results as not passing", () => {
    expect(failingUnits(rankUnits(rows)).map((r) => r.unit)).toEqual(["b"]);
  });
});
