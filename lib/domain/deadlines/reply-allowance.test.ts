import { describe, expect, it } from "vitest";
import { type RoundKind, roundReplyAllowance } from "./reply-allowance";

const general = { clockKind: "working_days" as const, replyLimit: 5 };
const urgent = { clockKind: "hours" as const, replyLimit: 24 };
const settings = { petitionResponseWorkingDays: 20, badRatingAnswerWorkingDays: 15 };

describe("roundReplyAllowance", () => {
  it.each([
    ["a general case, first dispatch", "complaint", "dispatch", false, general, { kind: "working_days", amount: 5 }],
    ["an urgent case, reassigned", "help_request", "dispatch", false, urgent, { kind: "hours", amount: 24 }],
    // PRODUCT.md §4: a bad rating must be answered within 15 working days.
    ["re-handling after a bad rating", "complaint", "rehandle", true, general, { kind: "working_days", amount: 15 }],
    [
      "re-handling after a bad rating, urgent policy",
      "complaint",
      "rehandle",
      true,
      urgent,
      { kind: "working_days", amount: 15 },
    ],
    [
      "re-handling, unsolved but no bad rating",
      "complaint",
      "rehandle",
      false,
      general,
      { kind: "working_days", amount: 5 },
    ],
    // PRODUCT.md §7: the petition response is due in 20 working days, whatever the category's policy.
    ["a petition response case", "petition_response", "dispatch", false, urgent, { kind: "working_days", amount: 20 }],
    [
      "a petition response re-handled without a bad rating",
      "petition_response",
      "rehandle",
      false,
      general,
      { kind: "working_days", amount: 20 },
    ],
    [
      "a petition response re-handled after a bad rating",
      "petition_response",
      "rehandle",
      true,
      general,
      { kind: "working_days", amount: 15 },
    ],
  ] as const)("%s", (_name, caseType, round, badRating, policy, expected) => {
    expect(roundReplyAllowance({ caseType, round: round as RoundKind, badRating, policy, settings })).toEqual(expected);
  });
});
