import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "../calendar/china-holidays";
import { createWorkingCalendar } from "../calendar/working-calendar";
import { cardPolicyOf, currentCard, earnedCards, lateness, type CardKind, type TrackedDeadline } from "./cards";

const calendar = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string) => new Date(iso);
// Due at the end of Tue 17 March 2026: the instant local midnight starts Wed 18 March.
const DUE = at("2026-03-18T00:00+08:00");
const reply = (metAt: string | null = null): TrackedDeadline => ({
  deadline: "reply",
  dueAt: DUE,
  metAt: metAt ? at(metAt) : null,
});
const kinds = (deadlines: TrackedDeadline[], now: string, policy = cardPolicyOf(null)) =>
  earnedCards({ deadlines, now: at(now), calendar, policy }).map((card) => card.kind);

describe("cards of an unmet reply deadline, default policy (yellow at 1, red at 3 working days)", () => {
  it.each<[now: string, late: number | null, cards: CardKind[]]>([
    ["2026-03-17T23:59+08:00", null, []], // not due yet
    ["2026-03-18T00:00+08:00", 0, []], // due instant reached, Wed still running
    ["2026-03-18T17:00+08:00", 0, []],
    ["2026-03-19T00:00+08:00", 1, ["yellow"]], // Wed is over
    ["2026-03-20T12:00+08:00", 2, ["yellow"]],
    ["2026-03-22T12:00+08:00", 3, ["yellow", "red"]], // Sun: Wed, Thu, Fri are over
    ["2026-03-21T12:00+08:00", 3, ["yellow", "red"]], // Sat counts nothing, Fri is over
    ["2026-04-30T12:00+08:00", 30, ["yellow", "red"]],
  ])("at %s: %s working days late → %j", (now, late, cards) => {
    expect(lateness(reply(), at(now), calendar)).toBe(late);
    expect(kinds([reply()], now)).toEqual(cards);
  });
});

describe("a deadline met late keeps the lateness it had when met", () => {
  it.each<[metAt: string, cards: CardKind[]]>([
    ["2026-03-17T16:00+08:00", []], // in time
    ["2026-03-18T16:00+08:00", []], // late, but within the first working day
    ["2026-03-19T09:00+08:00", ["yellow"]],
    ["2026-03-24T09:00+08:00", ["yellow", "red"]],
  ])("met at %s → %j, whenever the job runs", (metAt, cards) => {
    expect(kinds([reply(metAt)], "2026-05-01T12:00+08:00")).toEqual(cards);
  });
});

describe("thresholds per SLA policy", () => {
  it.each<[yellow: number, red: number, now: string, cards: CardKind[]]>([
    [2, 5, "2026-03-19T12:00+08:00", []], // 1 late
    [2, 5, "2026-03-20T12:00+08:00", ["yellow"]], // 2 late
    [2, 5, "2026-03-24T12:00+08:00", ["yellow"]], // 4 late (Wed, Thu, Fri, Mon)
    [2, 5, "2026-03-25T12:00+08:00", ["yellow", "red"]], // 5 late
    [0, 1, "2026-03-18T12:00+08:00", ["yellow"]], // a zero threshold: as soon as overdue
    [0, 1, "2026-03-17T12:00+08:00", []], // ... but never before
    [1, 1, "2026-03-19T12:00+08:00", ["yellow", "red"]],
  ])("yellow at %i, red at %i: at %s → %j", (yellow, red, now, cards) => {
    const policy = cardPolicyOf({ yellowCardAfterWorkingDays: yellow, redCardAfterWorkingDays: red });
    expect(kinds([reply()], now, policy)).toEqual(cards);
  });
});

describe("holidays and make-up working days", () => {
  // Due at the end of Tue 30 Sep 2026; 1–7 Oct is the National Day holiday, Sat 10 Oct a make-up day.
  const dueAt = calendar.startOfLocalDay("2026-10-01");
  const deadline: TrackedDeadline = { deadline: "sign_for", dueAt, metAt: null };
  it.each<[now: string, late: number]>([
    ["2026-10-08T12:00+08:00", 0], // the holiday counts nothing
    ["2026-10-09T12:00+08:00", 1],
  ])("at %s: %i working days late", (now, late) => {
    expect(calendar.isWorkingDay("2026-10-03")).toBe(false);
    expect(lateness(deadline, at(now), calendar)).toBe(late);
  });
});

describe("currentCard", () => {
  const deadlines: TrackedDeadline[] = [
    { deadline: "sign_for", dueAt: at("2026-03-11T00:00+08:00"), metAt: at("2026-03-16T09:00+08:00") },
    { deadline: "first_contact", dueAt: at("2026-03-12T00:00+08:00"), metAt: at("2026-03-12T10:00+08:00") },
    reply(),
    { deadline: "reply", dueAt: null, metAt: null },
  ];
  it("is the strongest card, with its deadline and due date", () => {
    // sign-for 3 working days late (Wed, Thu, Fri): red; reply 1 working day late: yellow.
    expect(currentCard({ deadlines, now: at("2026-03-19T12:00+08:00"), calendar })).toEqual({
      deadline: "sign_for",
      dueAt: at("2026-03-11T00:00+08:00"),
      kind: "red",
    });
  });
  it("is null when every deadline was met in time", () => {
    expect(currentCard({ deadlines: [deadlines[1]!], now: at("2026-04-01T12:00+08:00"), calendar })).toBeNull();
  });
  it("lists every earned card once per deadline, due date and kind", () => {
    const earned = earnedCards({ deadlines, now: at("2026-03-19T12:00+08:00"), calendar });
    expect(earned.map((c) => `${c.deadline}:${c.kind}`)).toEqual(["sign_for:yellow", "sign_for:red", "reply:yellow"]);
  });
});
