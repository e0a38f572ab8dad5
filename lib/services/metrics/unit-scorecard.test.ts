import { describe, expect, it } from "vitest";
import type { RepliedCaseRow } from "@/db/queries/metrics";
import { rankByScore, scorecardOf, toMetricCase } from "./unit-scorecard";

const base: RepliedCaseRow = {
  caseId: 1,
  unitId: 7,
  repliedAt: new Date("2026-11-02T02:00:00Z"),
  signedForOnTime: true,
  repliedOnTime: false,
  disputeCount: 2,
  returnedByUnitIds: [3, 3],
  rehandleCount: 0,
  workingDaysToReply: 4,
  feedbackContacted: null,
  feedbackSolved: null,
  feedbackSatisfaction: null,
};

describe("toMetricCase", () => {
  it("maps a replied case without feedback to not rated, and its counters to flags", () => {
    expect(toMetricCase(base)).toEqual({
      feedback: null,
      signedForOnTime: true,
      repliedOnTime: false,
      rehandled: false,
      workingDaysToReply: 4,
      overdue: true,
    });
  });

  it("keeps the citizen's rating", () => {
    const rated = toMetricCase({
      ...base,
      feedbackContacted: true,
      feedbackSolved: false,
      feedbackSatisfaction: "basically_satisfied",
    });
    expect(rated.feedback).toEqual({ contacted: true, solved: false, satisfaction: "basically_satisfied" });
  });
});

describe("scorecardOf", () => {
  const rated = (solved: boolean) =>
    toMetricCase({ ...base, feedbackContacted: true, feedbackSolved: solved, feedbackSatisfaction: "satisfied" });

  it("grades a unit with enough rated cases and lights it", () => {
    const card = scorecardOf(
      Array.from({ length: 10 }, () => rated(true)),
      { minimumSample: 10 },
    );
    expect(card.metrics.compositeScore).toEqual({ kind: "score", value: 100 });
    expect(card).toMatchObject({ grade: "satisfied", light: "green" });
  });

  it("gives no grade and no light below the minimum sample", () => {
    const card = scorecardOf(
      Array.from({ length: 9 }, () => rated(true)),
      { minimumSample: 10 },
    );
    expect(card.metrics.responseRate).toEqual({ kind: "too_few", sample: 9, minimum: 10 });
    expect(card).toMatchObject({ grade: null, light: null });
  });

  it("ranks scored units first, best first", () => {
    const good = {
      id: "good",
      scorecard: scorecardOf(
        Array.from({ length: 10 }, () => rated(true)),
        { minimumSample: 10 },
      ),
    };
    const poor = {
      id: "poor",
      scorecard: scorecardOf(
        Array.from({ length: 10 }, () => rated(false)),
        { minimumSample: 10 },
      ),
    };
    const few = { id: "few", scorecard: scorecardOf([rated(true)], { minimumSample: 10 }) };
    expect(rankByScore([few, poor, good]).map((row) => row.id)).toEqual(["good", "poor", "few"]);
  });
});
