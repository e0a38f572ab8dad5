import { describe, expect, it } from "vitest";
import type { CaseStatus } from "../cases/lifecycle";
import { type CaseRound, trackedDeadlines } from "./tracked-deadlines";

const at = (iso: string) => new Date(iso);
const round = (overrides: Partial<CaseRound> = {}): CaseRound => ({
  status: "in_progress",
  clockStartedAt: at("2026-03-10T10:00+08:00"),
  signForDueAt: at("2026-03-12T00:00+08:00"),
  signedForAt: at("2026-03-11T09:00+08:00"),
  firstContactDueAt: at("2026-03-13T00:00+08:00"),
  contactedAt: null,
  replyDueAt: at("2026-03-18T00:00+08:00"),
  repliedAt: null,
  ...overrides,
});
const summary = (row: CaseRound) => trackedDeadlines(row).map((d) => `${d.deadline}:${d.metAt ? "met" : "open"}`);

describe("trackedDeadlines", () => {
  it.each<[CaseStatus, string[]]>([
    ["in_progress", ["sign_for:met", "first_contact:open", "reply:open"]],
    ["awaiting_approval", ["sign_for:met", "first_contact:open", "reply:open"]],
    // The clock is paused, or the case is no longer with the unit: only what it met is judged.
    ["awaiting_citizen", ["sign_for:met"]],
    ["disputed", ["sign_for:met"]],
    ["closed", ["sign_for:met"]],
  ])("a case %s tracks %j", (status, expected) => {
    expect(summary(round({ status }))).toEqual(expected);
  });

  it("a milestone of an earlier round does not meet this round's deadline", () => {
    const rehandled = round({ clockStartedAt: at("2026-03-20T10:00+08:00"), repliedAt: at("2026-03-17T10:00+08:00") });
    expect(summary(rehandled)).toEqual(["sign_for:open", "first_contact:open", "reply:open"]);
  });

  it("a deadline the policy does not set is not tracked", () => {
    expect(summary(round({ signForDueAt: null, firstContactDueAt: null }))).toEqual(["reply:open"]);
  });
});
