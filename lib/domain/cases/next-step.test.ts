import { describe, expect, it } from "vitest";
import { CASE_STATUSES } from "./lifecycle";
import { type NextStepCase, nextStep, resolutionOf } from "./next-step";

const now = new Date("2026-03-10T08:00:00Z");
const day = (d: number) => new Date(`2026-03-${String(d).padStart(2, "0")}T16:00:00Z`);
const base: NextStepCase = {
  status: "submitted",
  signForDueAt: day(11),
  firstContactDueAt: day(12),
  replyDueAt: day(20),
  feedbackDueAt: null,
  replyOutcome: null,
  lastFeedbackSolved: null,
};

describe("nextStep", () => {
  it("names a holder for every status", () => {
    for (const status of CASE_STATUSES) expect(nextStep({ ...base, status }, now).holder).toBeTruthy();
  });

  it("waits for the dispatch centre without a date while the case is triaged", () => {
    expect(nextStep(base, now)).toEqual({ holder: "dispatch_centre", due: null, resolution: null });
    expect(nextStep({ ...base, status: "disputed" }, now).holder).toBe("dispatch_centre");
  });

  it("gives the unit's next milestone: sign for, first contact, then the reply", () => {
    expect(nextStep({ ...base, status: "dispatched" }, now).due).toEqual({
      kind: "sign_for",
      at: day(11),
      overdue: false,
    });
    expect(nextStep({ ...base, status: "signed_for" }, now).due?.kind).toBe("first_contact");
    expect(nextStep({ ...base, status: "in_progress" }, now).due).toMatchObject({ kind: "reply", at: day(20) });
    expect(nextStep({ ...base, status: "awaiting_approval" }, now)).toMatchObject({
      holder: "unit_head",
      due: { kind: "reply" },
    });
  });

  it("falls back to the reply date when a re-handled case has no earlier milestone", () => {
    expect(nextStep({ ...base, status: "dispatched", signForDueAt: null }, now).due?.kind).toBe("reply");
  });

  it("says when the date has passed", () => {
    expect(nextStep({ ...base, status: "dispatched", signForDueAt: day(9) }, now).due?.overdue).toBe(true);
  });

  it("puts a paused case with the citizen, without a date (the clock stops)", () => {
    expect(nextStep({ ...base, status: "awaiting_citizen" }, now)).toEqual({
      holder: "citizen",
      due: null,
      resolution: null,
    });
  });

  it("asks the citizen for feedback by the feedback date once replied", () => {
    expect(nextStep({ ...base, status: "replied", feedbackDueAt: day(17) }, now)).toMatchObject({
      holder: "citizen",
      due: { kind: "feedback", at: day(17) },
    });
    expect(nextStep({ ...base, status: "replied" }, now).due).toBeNull();
  });

  it("says whether a closed case was resolved, and nothing of it on other ends", () => {
    expect(nextStep({ ...base, status: "closed", lastFeedbackSolved: true }, now)).toEqual({
      holder: "nobody",
      due: null,
      resolution: "resolved",
    });
    expect(nextStep({ ...base, status: "redirected" }, now).resolution).toBeNull();
    expect(nextStep({ ...base, status: "merged" }, now).resolution).toBeNull();
  });
});

describe("resolutionOf", () => {
  it("takes the citizen's word first, then the unit's outcome", () => {
    expect(resolutionOf({ lastFeedbackSolved: true, replyOutcome: "explained" })).toBe("resolved");
    expect(resolutionOf({ lastFeedbackSolved: false, replyOutcome: "resolved" })).toBe("not_resolved");
    expect(resolutionOf({ lastFeedbackSolved: null, replyOutcome: "resolved" })).toBe("resolved_unconfirmed");
    expect(resolutionOf({ lastFeedbackSolved: null, replyOutcome: "explained" })).toBe("answered");
    expect(resolutionOf({ lastFeedbackSolved: null, replyOutcome: "not_supported" })).toBe("answered");
    expect(resolutionOf({ lastFeedbackSolved: null, replyOutcome: null })).toBe("answered");
  });
});
