import { describe, expect, it } from "vitest";
import type { SatisfactionLevel } from "../cases/vocabulary";
import {
  DEFAULT_MINIMUM_SAMPLE,
  median,
  rate,
  satisfactionPoints,
  unitMetrics,
  type MetricCase,
  type ScoreWeights,
} from "./unit-metrics";

function replied(overrides: Partial<MetricCase> = {}): MetricCase {
  return {
    feedback: null,
    signedForOnTime: true,
    repliedOnTime: true,
    rehandled: false,
    workingDaysToReply: 3,
    overdue: false,
    ...overrides,
  };
}

function rated(
  satisfaction: SatisfactionLevel,
  contacted = true,
  solved = true,
  overrides: Partial<MetricCase> = {},
): MetricCase {
  return replied({ feedback: { contacted, solved, satisfaction }, ...overrides });
}

// Ten rated cases: 9 contacted, 7 solved; 4 very satisfied, 3 satisfied, 2 basically, 1 dissatisfied.
// Plus two cases the citizen never rated.
const TEN_RATED: MetricCase[] = [
  rated("very_satisfied", true, true, { workingDaysToReply: 1 }),
  rated("very_satisfied", true, true, { workingDaysToReply: 2 }),
  rated("very_satisfied", true, true, { workingDaysToReply: 2, signedForOnTime: false }),
  rated("very_satisfied", true, true, { workingDaysToReply: 3 }),
  rated("satisfied", true, true, { workingDaysToReply: 3 }),
  rated("satisfied", true, true, { workingDaysToReply: 4 }),
  rated("satisfied", true, false, { workingDaysToReply: 4, signedForOnTime: null }),
  rated("basically_satisfied", true, false, { workingDaysToReply: 5 }),
  rated("basically_satisfied", true, true, { workingDaysToReply: 6, repliedOnTime: false, overdue: true }),
  rated("dissatisfied", false, false, { workingDaysToReply: 9, rehandled: true, repliedOnTime: false, overdue: true }),
  replied({ workingDaysToReply: 5, signedForOnTime: null }),
  replied({ workingDaysToReply: 12, repliedOnTime: false, overdue: true }),
];

describe("satisfactionPoints", () => {
  it.each<[SatisfactionLevel, number]>([
    ["very_satisfied", 1],
    ["satisfied", 1],
    ["basically_satisfied", 0.9],
    ["dissatisfied", 0],
    ["very_dissatisfied", 0],
  ])("%s → %f", (level, points) => {
    expect(satisfactionPoints(level)).toBe(points);
  });
});

describe("rate", () => {
  it.each([
    [3, 10, 10, { kind: "rate", value: 0.3, numerator: 3, denominator: 10 }],
    [9, 9, 10, { kind: "too_few", sample: 9, minimum: 10 }],
    [0, 9, 10, { kind: "too_few", sample: 9, minimum: 10 }],
    [0, 0, 0, { kind: "too_few", sample: 0, minimum: 1 }], // nothing to divide by is never 0%
    [1, 1, 0, { kind: "rate", value: 1, numerator: 1, denominator: 1 }],
  ])("%f of %i with minimum %i", (numerator, denominator, minimum, expected) => {
    expect(rate(numerator, denominator, minimum)).toEqual(expected);
  });

  it.each([
    [11, 10],
    [-1, 10],
    [1, 2.5],
  ])("rejects %f of %f", (numerator, denominator) => {
    expect(() => rate(numerator, denominator, 10)).toThrow(RangeError);
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 4], 2.5],
    [[12, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 9], 3.5],
  ])("%j → %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("unitMetrics' return rate", () => {
  it.each([
    { returned: 1, base: 12, expected: { kind: "rate", value: 1 / 12, numerator: 1, denominator: 12 } },
    { returned: 3, base: 9, expected: { kind: "too_few", sample: 9, minimum: 10 } },
    // A unit that only returned cases has a return rate and no replies.
    { returned: 10, base: 10, expected: { kind: "rate", value: 1, numerator: 10, denominator: 10 } },
  ])("$returned returned of $base charged", ({ returned, base, expected }) => {
    expect(unitMetrics([], { returns: { returned, base } }).disputeRate).toEqual(expected);
  });
});

describe("unitMetrics with 10 rated and 2 unrated cases", () => {
  const metrics = unitMetrics(TEN_RATED);

  it("counts cases, rated and not rated", () => {
    expect(metrics).toMatchObject({ casesReplied: 12, ratedCases: 10, notRated: 2, overdueCount: 3 });
  });

  it("divides the three rates by rated cases only", () => {
    expect(metrics.responseRate).toEqual({ kind: "rate", value: 0.9, numerator: 9, denominator: 10 });
    expect(metrics.resolutionRate).toEqual({ kind: "rate", value: 0.7, numerator: 7, denominator: 10 });
    // (4 + 3 + 0.9 × 2) ÷ 10 = 8.8 ÷ 10
    expect(metrics.satisfactionRate).toEqual({ kind: "rate", value: 0.88, numerator: 8.8, denominator: 10 });
  });

  it("computes the process rates over replied cases", () => {
    // on-time sign-for: 10 signed for (two never were), 9 on time
    expect(metrics.onTimeSignForRate).toEqual({ kind: "rate", value: 0.9, numerator: 9, denominator: 10 });
    expect(metrics.onTimeReplyRate).toEqual({ kind: "rate", value: 0.75, numerator: 9, denominator: 12 });
    // The return rate has its own tally (./return-rate.ts): none given, nothing to count.
    expect(metrics.disputeRate).toEqual({ kind: "too_few", sample: 0, minimum: 10 });
    expect(metrics.rehandlingRate).toEqual({ kind: "rate", value: 1 / 12, numerator: 1, denominator: 12 });
    expect(metrics.medianWorkingDaysToReply).toBe(4); // 1 2 2 3 3 4 | 4 5 5 6 9 12
  });

  it("scores 100 × (0.1 × 0.9 + 0.4 × 0.88 + 0.5 × 0.7) = 79.2", () => {
    expect(metrics.compositeScore).toEqual({ kind: "score", value: 79.2 });
  });

  it.each<[ScoreWeights, number]>([
    [{ response: 0.3, satisfaction: 0.35, resolution: 0.35 }, 82.3], // 27 + 30.8 + 24.5
    [{ response: 0, satisfaction: 1, resolution: 0 }, 88],
    [{ response: 0.2, satisfaction: 0.3, resolution: 0.5 }, 79.4], // 18 + 26.4 + 35
  ])("with weights %o scores %f", (weights, expected) => {
    expect(unitMetrics(TEN_RATED, { weights }).compositeScore).toEqual({ kind: "score", value: expected });
  });
});

describe("minimum sample", () => {
  it("9 rated cases are too few for any feedback rate or a score", () => {
    const nineRated = TEN_RATED.slice(1); // drops one very satisfied case
    const metrics = unitMetrics(nineRated);
    const tooFew = { kind: "too_few", sample: 9, minimum: DEFAULT_MINIMUM_SAMPLE };
    expect(metrics.ratedCases).toBe(9);
    expect(metrics.responseRate).toEqual(tooFew);
    expect(metrics.resolutionRate).toEqual(tooFew);
    expect(metrics.satisfactionRate).toEqual(tooFew);
    expect(metrics.compositeScore).toEqual(tooFew);
    // 11 replied cases are enough for the process rates; 9 signed for are not.
    expect(metrics.onTimeReplyRate.kind).toBe("rate");
    expect(metrics.onTimeSignForRate).toEqual(tooFew);
  });

  it("never shows a unanimous small sample as 100%", () => {
    const metrics = unitMetrics(Array.from({ length: 9 }, () => rated("very_satisfied")));
    expect(metrics.satisfactionRate.kind).toBe("too_few");
    expect(metrics.compositeScore.kind).toBe("too_few");
  });

  it("unrated cases do not fill up the sample", () => {
    const metrics = unitMetrics([...Array.from({ length: 9 }, () => rated("satisfied")), replied(), replied()]);
    expect(metrics.casesReplied).toBe(11);
    expect(metrics.satisfactionRate).toEqual({ kind: "too_few", sample: 9, minimum: 10 });
  });

  it("10 identical ratings give exact figures", () => {
    const metrics = unitMetrics(Array.from({ length: 10 }, () => rated("basically_satisfied", true, true)));
    expect(metrics.satisfactionRate).toEqual({ kind: "rate", value: 0.9, numerator: 9, denominator: 10 });
    expect(metrics.compositeScore).toEqual({ kind: "score", value: 96 }); // 10 + 36 + 50
  });

  it("takes a custom minimum", () => {
    const metrics = unitMetrics(TEN_RATED.slice(0, 3), { minimumSample: 3 });
    expect(metrics.responseRate).toEqual({ kind: "rate", value: 1, numerator: 3, denominator: 3 });
    expect(metrics.compositeScore).toEqual({ kind: "score", value: 100 });
  });

  it("handles a period without cases", () => {
    const metrics = unitMetrics([]);
    expect(metrics.medianWorkingDaysToReply).toBeNull();
    expect(metrics.onTimeReplyRate).toEqual({ kind: "too_few", sample: 0, minimum: 10 });
    expect(metrics.compositeScore.kind).toBe("too_few");
  });
});

describe("validation", () => {
  it.each<ScoreWeights>([
    { response: 0.1, satisfaction: 0.4, resolution: 0.4 },
    { response: 0.5, satisfaction: 0.6, resolution: -0.1 },
    { response: Number.NaN, satisfaction: 0.5, resolution: 0.5 },
  ])("rejects weights %o", (weights) => {
    expect(() => unitMetrics(TEN_RATED, { weights })).toThrow(RangeError);
  });

  it.each([-1, 2.5])("rejects minimum sample %f", (minimumSample) => {
    expect(() => unitMetrics(TEN_RATED, { minimumSample })).toThrow(RangeError);
  });
});
