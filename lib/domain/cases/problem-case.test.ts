import { describe, expect, it } from "vitest";
import { isProblemCase, problemCaseReachable, unfixedRounds } from "./problem-case";

describe("isProblemCase", () => {
  it.each([
    [0, 0, false],
    [2, 2, false],
    [3, 0, true],
    [0, 3, true],
    [5, 1, true],
  ])("%i disputes, %i rounds without a fix → %s", (disputeCount, rounds, expected) => {
    expect(isProblemCase({ disputeCount, unfixedRounds: rounds }, 3)).toBe(expected);
  });
});

describe("unfixedRounds", () => {
  it.each([
    // Every re-handling (发回重办) was asked for by a rating that said "not fixed".
    [0, false, 0],
    [0, true, 1],
    [2, false, 2],
    [2, true, 3],
  ])("%i re-handlings, the round rated now unfixed: %s → %i", (rehandleCount, unfixedNow, expected) => {
    expect(unfixedRounds(rehandleCount, unfixedNow)).toBe(expected);
  });

  it("with the shipped defaults (2 re-handlings, threshold 3) the third unfixed round makes a problem case", () => {
    const rehandleLimit = 2;
    const threshold = 3;
    expect(isProblemCase({ disputeCount: 0, unfixedRounds: unfixedRounds(rehandleLimit, true) }, threshold)).toBe(true);
    expect(isProblemCase({ disputeCount: 0, unfixedRounds: unfixedRounds(rehandleLimit, false) }, threshold)).toBe(
      false,
    );
  });
});

describe("problemCaseReachable", () => {
  it.each([
    [2, 3, true],
    [1, 3, false],
    [0, 1, true],
    [5, 3, true],
  ])("re-handling limit %i, threshold %i → %s", (limit, threshold, expected) => {
    expect(problemCaseReachable(limit, threshold)).toBe(expected);
  });
});
