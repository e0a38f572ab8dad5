import { describe, expect, it } from "vitest";
import {
  CASE_EVENTS,
  CASE_STATUSES,
  EVENT_ACTORS,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  allowedEvents,
  mayFire,
  nextStatus,
} from "./lifecycle";

describe("case transition table", () => {
  it.each([
    ["submitted", "dispatch", "dispatched"],
    ["submitted", "auto_dispatch", "dispatched"],
    ["submitted", "answer_directly", "closed"],
    ["submitted", "redirect", "redirected"],
    ["submitted", "merge", "merged"],
    ["dispatched", "sign_for", "signed_for"],
    ["dispatched", "dispute", "disputed"],
    ["disputed", "reassign", "dispatched"],
    ["disputed", "designate", "dispatched"],
    ["signed_for", "record_contact", "contacted"],
    ["contacted", "reply", "replied"],
    ["contacted", "start_work", "in_progress"],
    ["in_progress", "await_citizen", "awaiting_citizen"],
    ["awaiting_citizen", "citizen_responded", "in_progress"],
    ["in_progress", "submit_reply", "awaiting_approval"],
    ["awaiting_approval", "approve_reply", "replied"],
    ["awaiting_approval", "return_reply", "in_progress"],
    ["in_progress", "request_extension", "in_progress"],
    ["replied", "accept_reply", "closed"],
    ["replied", "send_back", "dispatched"],
    ["replied", "close_unrated", "closed"],
  ] as const)("%s --%s--> %s", (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each([
    ["submitted", "reply"],
    ["dispatched", "reply"],
    ["signed_for", "reply"],
    ["replied", "dispute"],
    ["in_progress", "dispute"],
    ["closed", "send_back"],
    ["disputed", "sign_for"],
    ["awaiting_citizen", "reply"],
  ] as const)("refuses %s --%s", (from, event) => {
    expect(nextStatus(from, event)).toBeNull();
  });

  it("terminal states allow nothing", () => {
    for (const status of TERMINAL_STATUSES) expect(allowedEvents(status)).toEqual([]);
  });

  it("every open state has a way forward", () => {
    for (const status of OPEN_STATUSES) {
      const forward = allowedEvents(status).filter((e) => TRANSITIONS[status][e] !== status);
      expect(forward.length, status).toBeGreaterThan(0);
    }
  });

  it("every target is a known status and every event has actors", () => {
    for (const status of CASE_STATUSES) {
      for (const target of Object.values(TRANSITIONS[status])) expect(CASE_STATUSES).toContain(target);
    }
    for (const event of CASE_EVENTS) expect(EVENT_ACTORS[event].length).toBeGreaterThan(0);
  });

  it.each([
    ["operator", "dispatch", true],
    ["unit_staff", "dispatch", false],
    ["unit_staff", "sign_for", true],
    ["citizen", "sign_for", false],
    ["unit_staff", "approve_extension", false],
    ["unit_head", "approve_extension", true],
    ["citizen", "send_back", true],
    ["observer", "add_note", false],
    ["system", "close_unrated", true],
    ["operator", "close_unrated", false],
  ] as const)("%s may fire %s: %s", (actor, event, expected) => {
    expect(mayFire(actor, event)).toBe(expected);
  });
});
