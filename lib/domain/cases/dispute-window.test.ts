import { describe, expect, it } from "vitest";
import { disputeRefusal } from "./dispute-window";

const due = new Date("2026-03-17T16:00:00Z");
const before = new Date("2026-03-17T15:59:59Z");
const after = new Date("2026-03-17T16:00:01Z");

describe("disputeRefusal", () => {
  it.each([
    ["within the window of the latest dispatch", { designated: false, disputeDueAt: due, now: before }, null],
    ["at the window's last instant", { designated: false, disputeDueAt: due, now: due }, null],
    ["after the window", { designated: false, disputeDueAt: due, now: after }, "disputeWindowClosed"],
    // A re-handling round (发回重办) goes back to the unit that already handled the case: no new window.
    [
      "a round without a window (re-handling)",
      { designated: false, disputeDueAt: null, now: before },
      "disputeWindowClosed",
    ],
    ["a designated unit, even within the window", { designated: true, disputeDueAt: due, now: before }, "designated"],
  ] as const)("%s → %s", (_name, input, expected) => {
    expect(disputeRefusal(input)).toBe(expected);
  });
});
