import { describe, expect, it } from "vitest";
import { DEFAULT_GRADE_BANDS } from "./grading";
import { DEFAULT_RULE, type DatedRule, assertBands, ruleInForce, ruleProblems } from "./scorecard-rules";
import { DEFAULT_WEIGHTS } from "./unit-metrics";

const at = (iso: string) => new Date(iso);
const rule = (id: number, effectiveFrom: string, response: number): DatedRule => ({
  id,
  effectiveFrom: at(effectiveFrom),
  weights: { response, satisfaction: (1 - response) / 2, resolution: (1 - response) / 2 },
  bands: DEFAULT_GRADE_BANDS,
});

describe("ruleInForce", () => {
  const rules = [
    rule(1, "2026-01-01T00:00:00+08:00", 0.1),
    rule(2, "2026-07-01T00:00:00+08:00", 0.3),
    rule(3, "2026-07-01T00:00:00+08:00", 0.2),
  ];

  it("uses the defaults before any rule", () => {
    expect(ruleInForce([], at("2026-05-01T00:00:00+08:00"))).toBe(DEFAULT_RULE);
    expect(ruleInForce(rules, at("2025-12-01T00:00:00+08:00"))).toEqual({
      ruleId: null,
      weights: DEFAULT_WEIGHTS,
      bands: DEFAULT_GRADE_BANDS,
    });
  });

  it("takes the latest rule effective on or before the period's start, the later-made on a tie", () => {
    expect(ruleInForce(rules, at("2026-01-01T00:00:00+08:00")).ruleId).toBe(1);
    expect(ruleInForce(rules, at("2026-06-01T00:00:00+08:00")).ruleId).toBe(1);
    expect(ruleInForce(rules, at("2026-07-01T00:00:00+08:00")).ruleId).toBe(3);
  });

  it("never applies a change to a period that started before it took effect", () => {
    // The year 2026 and its first half began under rule 1, though rule 3 is in force by July.
    expect(ruleInForce(rules, at("2026-01-01T00:00:00+08:00")).weights.response).toBe(0.1);
    expect(ruleInForce(rules, at("2026-04-01T00:00:00+08:00")).weights.response).toBe(0.1);
  });
});

describe("ruleProblems", () => {
  const good = {
    effectiveFrom: "2026-12-01",
    weights: { response: 0.3, satisfaction: 0.35, resolution: 0.35 },
    bands: { satisfied: 90, fairlySatisfied: 80, basicallySatisfied: 60 },
  };

  it("accepts 30/35/35 from next month, and from the first of this month", () => {
    expect(ruleProblems(good, "2026-11-26")).toEqual([]);
    expect(ruleProblems({ ...good, effectiveFrom: "2026-11-01" }, "2026-11-26")).toEqual([]);
  });

  it("refuses a date in a finished month or not on the first", () => {
    expect(ruleProblems({ ...good, effectiveFrom: "2026-10-01" }, "2026-11-26")).toEqual(["effectiveFromPast"]);
    expect(ruleProblems({ ...good, effectiveFrom: "2026-12-15" }, "2026-11-26")).toEqual([
      "effectiveFromNotMonthStart",
    ]);
  });

  it("refuses weights that do not sum to one or are negative, and bands out of order or range", () => {
    expect(
      ruleProblems({ ...good, weights: { response: 0.3, satisfaction: 0.3, resolution: 0.3 } }, "2026-11-26"),
    ).toEqual(["weightsSum"]);
    expect(
      ruleProblems({ ...good, weights: { response: -0.1, satisfaction: 0.6, resolution: 0.5 } }, "2026-11-26"),
    ).toEqual(["weightNegative"]);
    expect(
      ruleProblems({ ...good, bands: { satisfied: 70, fairlySatisfied: 80, basicallySatisfied: 60 } }, "2026-11-26"),
    ).toEqual(["bandsOrder"]);
    expect(
      ruleProblems({ ...good, bands: { satisfied: 101, fairlySatisfied: 80, basicallySatisfied: 60 } }, "2026-11-26"),
    ).toEqual(["bandRange"]);
  });

  it("assertBands throws on the same problems", () => {
    expect(() => assertBands({ satisfied: 70, fairlySatisfied: 80, basicallySatisfied: 60 })).toThrow(RangeError);
    expect(() => assertBands({ satisfied: 85, fairlySatisfied: 75, basicallySatisfied: -1 })).toThrow(RangeError);
    expect(() => assertBands(DEFAULT_GRADE_BANDS)).not.toThrow();
  });
});
