import { describe, expect, it } from "vitest";
import { type SlaLimitErrors, type SlaLimits, validateSlaLimits } from "./sla-rules";

const GENERAL: SlaLimits = {
  signForLimit: 1,
  firstContactLimit: 2,
  replyLimit: 5,
  maxExtensions: 1,
  maxExtensionAmount: null,
  warningFraction: 0.2,
  warningMinimumWorkingDays: 1,
  yellowCardAfterWorkingDays: 1,
  redCardAfterWorkingDays: 3,
  disputeWindowWorkingDays: 5,
};

const cases: [string, Partial<SlaLimits>, SlaLimitErrors][] = [
  ["the shipped general policy", {}, {}],
  ["urgent: only sign-for and reply", { signForLimit: 2, firstContactLimit: null, replyLimit: 24 }, {}],
  ["all limits equal", { signForLimit: 5, firstContactLimit: 5, replyLimit: 5 }, {}],
  ["a zero reply limit", { replyLimit: 0, signForLimit: null, firstContactLimit: null }, { replyLimit: ["positive"] }],
  ["a negative sign-for limit", { signForLimit: -1 }, { signForLimit: ["positive"] }],
  ["a fractional first-contact limit", { firstContactLimit: 1.5 }, { firstContactLimit: ["wholeNumber"] }],
  [
    "sign-for after first contact",
    { signForLimit: 3, firstContactLimit: 2 },
    { signForLimit: ["signForAfterFirstContact"] },
  ],
  [
    "sign-for after reply, no first contact",
    { signForLimit: 6, firstContactLimit: null },
    { signForLimit: ["signForAfterReply"] },
  ],
  ["first contact after reply", { firstContactLimit: 9 }, { firstContactLimit: ["firstContactAfterReply"] }],
  [
    "both out of order",
    { signForLimit: 8, firstContactLimit: 7 },
    { signForLimit: ["signForAfterFirstContact", "signForAfterReply"], firstContactLimit: ["firstContactAfterReply"] },
  ],
  ["a warning fraction of 1", { warningFraction: 1 }, { warningFraction: ["warningFraction"] }],
  ["a negative warning fraction", { warningFraction: -0.1 }, { warningFraction: ["warningFraction"] }],
  ["a warning fraction of 0", { warningFraction: 0 }, {}],
  [
    "red card before yellow",
    { yellowCardAfterWorkingDays: 3, redCardAfterWorkingDays: 2 },
    { redCardAfterWorkingDays: ["redBeforeYellow"] },
  ],
  ["red card with yellow", { yellowCardAfterWorkingDays: 2, redCardAfterWorkingDays: 2 }, {}],
  ["negative extensions", { maxExtensions: -1 }, { maxExtensions: ["nonNegative"] }],
  ["a zero extension amount", { maxExtensionAmount: 0 }, { maxExtensionAmount: ["positive"] }],
  ["a negative dispute window", { disputeWindowWorkingDays: -2 }, { disputeWindowWorkingDays: ["nonNegative"] }],
  [
    "an ordering check skips a field already wrong",
    { signForLimit: 0, replyLimit: -1 },
    { signForLimit: ["positive"], replyLimit: ["positive"] },
  ],
];

describe("validateSlaLimits", () => {
  it.each(cases)("%s", (_name, change, expected) => {
    expect(validateSlaLimits({ ...GENERAL, ...change })).toEqual(expected);
  });
});
