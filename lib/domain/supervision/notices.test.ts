import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "../calendar/china-holidays";
import { createWorkingCalendar } from "../calendar/working-calendar";
import {
  NOTICE_STATUSES,
  type NoticeAction,
  type NoticeStatus,
  answeredLate,
  isNoticeOverdue,
  mayActOnNotice,
  nextNoticeStatus,
  noticeDueAt,
  noticeState,
  shouldEscalate,
} from "./notices";

const calendar = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string) => new Date(iso);

describe("the notice's states", () => {
  it.each<[NoticeStatus, NoticeAction, NoticeStatus | null]>([
    ["issued", "answer", "answered"],
    ["sent_back", "answer", "answered"],
    ["answered", "accept", "accepted"],
    ["answered", "send_back", "sent_back"],
    ["answered", "answer", null], // one answer at a time
    ["issued", "accept", null], // nothing to accept yet
    ["issued", "send_back", null],
    ["sent_back", "accept", null],
    ["accepted", "answer", null], // accepted is final
    ["accepted", "send_back", null],
  ])("%s, %s → %s", (status, action, next) => {
    expect(nextNoticeStatus(status, action)).toBe(next);
  });
});

describe("the response deadline", () => {
  it("is the end of the 5th working day after the day of issue", () => {
    // Issued Tue 10 March 2026: Wed, Thu, Fri, Mon, Tue → due at the end of Tue 17 March.
    expect(noticeDueAt(at("2026-03-10T10:00+08:00"), 5, calendar)).toEqual(at("2026-03-18T00:00+08:00"));
  });
  it("skips public holidays and counts make-up working days", () => {
    // Issued Thu 30 April 2026, before the Labour Day holiday (1–5 May); Sat 9 May is a make-up working day.
    expect(noticeDueAt(at("2026-04-30T10:00+08:00"), 1, calendar)).toEqual(at("2026-05-07T00:00+08:00"));
    expect(noticeDueAt(at("2026-05-07T10:00+08:00"), 2, calendar)).toEqual(at("2026-05-10T00:00+08:00"));
  });
  it.each([0, 31, 2.5])("refuses %s working days", (days) => {
    expect(() => noticeDueAt(at("2026-03-10T10:00+08:00"), days, calendar)).toThrow(RangeError);
  });
});

describe("who may act", () => {
  const notice = (status: NoticeStatus) => ({ unitId: 7, status });
  const head = { role: "unit_head" as const, unitId: 7 };
  it("a head of the unit answers; not its staff, nor another unit's head, nor a supervisor", () => {
    expect(mayActOnNotice(head, notice("issued"), "answer")).toBe(true);
    expect(mayActOnNotice(head, notice("sent_back"), "answer")).toBe(true);
    expect(mayActOnNotice({ role: "unit_staff", unitId: 7 }, notice("issued"), "answer")).toBe(false);
    expect(mayActOnNotice({ role: "unit_head", unitId: 8 }, notice("issued"), "answer")).toBe(false);
    expect(mayActOnNotice({ role: "supervisor", unitId: null }, notice("issued"), "answer")).toBe(false);
  });
  it("a supervisor accepts or sends back an answer, and only an answer", () => {
    const supervisor = { role: "supervisor" as const, unitId: null };
    expect(mayActOnNotice(supervisor, notice("answered"), "accept")).toBe(true);
    expect(mayActOnNotice(supervisor, notice("answered"), "send_back")).toBe(true);
    expect(mayActOnNotice(supervisor, notice("issued"), "accept")).toBe(false);
    expect(mayActOnNotice(head, notice("answered"), "accept")).toBe(false);
    expect(mayActOnNotice({ role: "observer", unitId: null }, notice("answered"), "send_back")).toBe(false);
  });
});

describe("overdue and escalation", () => {
  const dueAt = at("2026-03-18T00:00+08:00");
  it("a notice waiting for its answer is overdue from the due instant on", () => {
    for (const status of NOTICE_STATUSES) {
      const waiting = status === "issued" || status === "sent_back";
      expect(isNoticeOverdue({ status, dueAt }, at("2026-03-17T23:59+08:00"))).toBe(false);
      expect(isNoticeOverdue({ status, dueAt }, dueAt)).toBe(waiting);
    }
    expect(noticeState({ status: "issued", dueAt }, dueAt)).toBe("overdue");
    expect(noticeState({ status: "answered", dueAt }, dueAt)).toBe("answered");
  });
  it("escalates once: never when it already has", () => {
    expect(shouldEscalate({ status: "issued", dueAt, escalatedAt: null }, dueAt)).toBe(true);
    expect(shouldEscalate({ status: "sent_back", dueAt, escalatedAt: at("2026-03-01T00:00Z") }, dueAt)).toBe(false);
    expect(shouldEscalate({ status: "answered", dueAt, escalatedAt: null }, dueAt)).toBe(false);
    expect(shouldEscalate({ status: "issued", dueAt, escalatedAt: null }, at("2026-03-17T12:00+08:00"))).toBe(false);
  });
  it("an answer at or after the deadline is late", () => {
    expect(answeredLate(at("2026-03-17T23:59+08:00"), dueAt)).toBe(false);
    expect(answeredLate(dueAt, dueAt)).toBe(true);
  });
});
