import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "../calendar/china-holidays";
import { createWorkingCalendar } from "../calendar/working-calendar";
import {
  type RectificationAction,
  type RectificationStatus,
  isPlanOverdue,
  mayActOnRectification,
  nextRectificationStatus,
  planFiledLate,
  rectificationDueAt,
  rectificationObligations,
  rectificationState,
  shouldNoticeMissingPlan,
} from "./rectifications";

const calendar = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string) => new Date(iso);

describe("a rectification's states", () => {
  it.each<[RectificationStatus, RectificationAction, RectificationStatus | null]>([
    ["owed", "file_plan", "planned"],
    ["planned", "report", "reported"],
    ["reported", "accept", "accepted"],
    ["reported", "send_back", "planned"], // the unit reports again
    ["owed", "report", null], // no report without a plan
    ["planned", "file_plan", null], // one plan
    ["planned", "accept", null],
    ["owed", "accept", null],
    ["accepted", "report", null], // accepted is final
    ["accepted", "send_back", null],
  ])("%s, %s → %s", (status, action, next) => {
    expect(nextRectificationStatus(status, action)).toBe(next);
  });
});

describe("who acts", () => {
  const r = (status: RectificationStatus) => ({ unitId: 7, status });
  it.each<
    [
      string,
      { role: "unit_head" | "unit_staff" | "supervisor" | "admin"; unitId: number | null },
      RectificationStatus,
      RectificationAction,
      boolean,
    ]
  >([
    ["the unit's head files", { role: "unit_head", unitId: 7 }, "owed", "file_plan", true],
    ["the unit's head reports", { role: "unit_head", unitId: 7 }, "planned", "report", true],
    ["another unit's head does not", { role: "unit_head", unitId: 8 }, "owed", "file_plan", false],
    ["the unit's staff does not", { role: "unit_staff", unitId: 7 }, "owed", "file_plan", false],
    ["a supervisor does not file", { role: "supervisor", unitId: null }, "owed", "file_plan", false],
    ["a supervisor accepts", { role: "supervisor", unitId: null }, "reported", "accept", true],
    ["a supervisor sends back", { role: "supervisor", unitId: null }, "reported", "send_back", true],
    ["the head does not accept", { role: "unit_head", unitId: 7 }, "reported", "accept", false],
    ["an admin does not decide", { role: "admin", unitId: null }, "reported", "accept", false],
    ["nobody acts out of turn", { role: "supervisor", unitId: null }, "planned", "accept", false],
  ])("%s", (_name, actor, status, action, allowed) => {
    expect(mayActOnRectification(actor, r(status), action)).toBe(allowed);
  });
});

describe("the plan's deadline", () => {
  it("is the end of the 15th working day after the day of publication", () => {
    // Published Tue 10 March 2026: 15 working days → the end of Tue 31 March.
    expect(rectificationDueAt(at("2026-03-10T10:00+08:00"), calendar)).toEqual(at("2026-04-01T00:00+08:00"));
  });
  it("skips the National Day holiday", () => {
    // Published Mon 28 Sep 2026: the holiday week counts nothing, so the deadline is later than 3 weeks.
    const due = rectificationDueAt(at("2026-09-28T10:00+08:00"), calendar);
    expect(due.getTime()).toBeGreaterThan(at("2026-10-20T00:00+08:00").getTime());
  });
  const due = at("2026-04-01T00:00+08:00");
  it.each<[string, RectificationStatus, string, boolean, string]>([
    ["owed, before the deadline", "owed", "2026-03-31T23:59+08:00", false, "owed"],
    ["owed, at the deadline", "owed", "2026-04-01T00:00+08:00", true, "overdue"],
    ["planned, after the deadline", "planned", "2026-05-01T00:00+08:00", false, "planned"],
    ["accepted, after the deadline", "accepted", "2026-05-01T00:00+08:00", false, "accepted"],
  ])("%s", (_name, status, now, overdue, state) => {
    expect(isPlanOverdue({ status, dueAt: due }, at(now))).toBe(overdue);
    expect(rectificationState({ status, dueAt: due }, at(now))).toBe(state);
  });
  it("becomes a notice once", () => {
    const late = at("2026-04-02T00:00+08:00");
    expect(shouldNoticeMissingPlan({ status: "owed", dueAt: due, overdueNoticeId: null }, late)).toBe(true);
    expect(shouldNoticeMissingPlan({ status: "owed", dueAt: due, overdueNoticeId: 3 }, late)).toBe(false);
    expect(shouldNoticeMissingPlan({ status: "planned", dueAt: due, overdueNoticeId: null }, late)).toBe(false);
  });
  it("a plan filed at the deadline is late", () => {
    expect(planFiledLate(due, due)).toBe(true);
    expect(planFiledLate(at("2026-03-31T23:59+08:00"), due)).toBe(false);
  });
});

describe("which results oblige a unit", () => {
  const closedAt = at("2026-03-10T02:00Z");
  it("a failing appraisal result and a red month; not a yellow, a pass or too few ratings", () => {
    const got = rectificationObligations(
      [
        {
          campaignId: 1,
          closedAt,
          units: [
            { unitId: 1, passes: false },
            { unitId: 2, passes: true },
            { unitId: 3, passes: null },
          ],
        },
      ],
      [
        { unitId: 1, periodKey: "2026-02", light: "red", publishedAt: closedAt },
        { unitId: 2, periodKey: "2026-02", light: "yellow", publishedAt: closedAt },
        { unitId: 3, periodKey: "2026-02", light: null, publishedAt: closedAt },
        { unitId: 1, periodKey: "2026-02", light: "red", publishedAt: closedAt },
      ],
    );
    expect(got).toEqual([
      { unitId: 1, source: "appraisal", campaignId: 1, periodKey: null, publishedAt: closedAt },
      { unitId: 1, source: "scorecard", campaignId: null, periodKey: "2026-02", publishedAt: closedAt },
    ]);
  });
});
