import { describe, expect, it } from "vitest";
import { callbackOutcome } from "./callback";

const now = new Date("2026-12-06T10:00:00+08:00");
const repliedAt = new Date("2026-12-04T16:00:00+08:00");
const calledAt = new Date("2026-12-06T09:30:00+08:00");

describe("callbackOutcome", () => {
  it.each<[string, Parameters<typeof callbackOutcome>[0], ReturnType<typeof callbackOutcome>]>([
    [
      "reached, all three answers: the feedback of record",
      { reached: true, contacted: true, solved: true, satisfaction: "satisfied", calledAt },
      { kind: "feedback", contacted: true, solved: true, satisfaction: "satisfied", calledAt },
    ],
    [
      "reached, unhappy: still feedback (a bad rating)",
      { reached: true, contacted: false, solved: false, satisfaction: "very_dissatisfied", calledAt },
      { kind: "feedback", contacted: false, solved: false, satisfaction: "very_dissatisfied", calledAt },
    ],
    ["not reached: only the attempt", { reached: false, calledAt }, { kind: "not_reached", calledAt }],
    [
      "reached without answers",
      { reached: true, calledAt },
      { errors: { contacted: "required", solved: "required", satisfaction: "required" } },
    ],
    [
      "reached, satisfaction missing",
      { reached: true, contacted: true, solved: true, calledAt },
      { errors: { satisfaction: "required" } },
    ],
    [
      "not reached but answers given",
      { reached: false, solved: true, calledAt },
      { errors: { reached: "notReachedNoAnswers" } },
    ],
    [
      "a call in the future",
      { reached: false, calledAt: new Date("2026-12-06T10:06:00+08:00") },
      { errors: { calledAt: "calledInFuture" } },
    ],
    [
      "a call before the reply",
      { reached: false, calledAt: new Date("2026-12-04T15:59:00+08:00") },
      { errors: { calledAt: "calledBeforeReply" } },
    ],
  ])("%s", (_name, callback, expected) => {
    expect(callbackOutcome(callback, { now, repliedAt })).toEqual(expected);
  });

  it("takes a call entered in the reply's own minute (the input has no seconds)", () => {
    const reply = new Date("2026-12-06T09:30:42+08:00");
    const sameMinute = new Date("2026-12-06T09:30:00+08:00");
    expect(callbackOutcome({ reached: false, calledAt: sameMinute }, { now, repliedAt: reply })).toEqual({
      kind: "not_reached",
      calledAt: sameMinute,
    });
    expect(
      callbackOutcome({ reached: false, calledAt: new Date("2026-12-06T09:29:00+08:00") }, { now, repliedAt: reply }),
    ).toEqual({ errors: { calledAt: "calledBeforeReply" } });
  });

  it("tolerates five minutes of clock difference", () => {
    const soon = new Date("2026-12-06T10:05:00+08:00");
    expect(callbackOutcome({ reached: false, calledAt: soon }, { now, repliedAt })).toEqual({
      kind: "not_reached",
      calledAt: soon,
    });
  });
});
