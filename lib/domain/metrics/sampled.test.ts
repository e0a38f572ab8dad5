import { describe, expect, it } from "vitest";
import { medianFigure, sampledStatistic } from "./sampled";
import { type MetricCase, unitMetrics } from "./unit-metrics";

const replied = (days: number): MetricCase => ({
  feedback: null,
  signedForOnTime: true,
  repliedOnTime: true,
  rehandled: false,
  workingDaysToReply: days,
  overdue: false,
});

describe("sampledStatistic", () => {
  it("withholds a value over fewer cases than the minimum, and a value of nothing", () => {
    expect(sampledStatistic(3, 9, 10)).toEqual({ kind: "too_few", sample: 9, minimum: 10 });
    expect(sampledStatistic(3, 10, 10)).toEqual({ kind: "value", value: 3 });
    expect(sampledStatistic(null, 0, 0)).toEqual({ kind: "too_few", sample: 0, minimum: 1 });
    expect(sampledStatistic(0, 1, 0)).toEqual({ kind: "value", value: 0 });
  });
});

describe("medianFigure", () => {
  it("is too few cases below the minimum sample of replied cases, like the rates over them", () => {
    const few = unitMetrics([1, 2, 3].map(replied), { minimumSample: 10 });
    expect(few.medianWorkingDaysToReply).toBe(2); // computed, kept for the open data
    expect(medianFigure(few)).toEqual({ kind: "too_few", sample: 3, minimum: 10 });
  });

  it("is the median from the minimum sample on", () => {
    const enough = unitMetrics([1, 1, 2, 2, 3, 3, 4, 4, 5, 9].map(replied), { minimumSample: 10 });
    expect(medianFigure(enough)).toEqual({ kind: "value", value: 3 });
    expect(medianFigure(unitMetrics([], { minimumSample: 0 }))).toEqual({ kind: "too_few", sample: 0, minimum: 1 });
  });
});
