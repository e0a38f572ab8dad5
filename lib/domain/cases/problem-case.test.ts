import { describe, expect, it } from "vitest";
import { isProblemCase } from "./problem-case";

describe("isProblemCase", () => {
  it.each([
    [0, 0, false],
    [2, 2, false],
    [3, 0, true],
    [0, 3, true],
    [5, 1, true],
  ])("%i disputes, %i re-handlings → %s", (disputeCount, rehandleCount, expected) => {
    expect(isProblemCase({ disputeCount, rehandleCount }, 3)).toBe(expected);
  });
});
