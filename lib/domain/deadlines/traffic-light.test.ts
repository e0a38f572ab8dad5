import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "../calendar/china-holidays";
import { createWorkingCalendar } from "../calendar/working-calendar";
import type { ClockKind } from "../cases/vocabulary";
import { addClock } from "./deadline";
import { overdueCard, trafficLight, workingDaysOverdue, type OverdueCard, type TrafficLight } from "./traffic-light";

const calendar = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string): Date => new Date(iso);

type Row = [now: string, expected: TrafficLight];

function lightsFor(startAt: string, kind: ClockKind, amount: number) {
  const start = at(startAt);
  const dueAt = addClock(start, { kind, amount }, calendar);
  return (now: string): TrafficLight =>
    trafficLight({ now: at(now), startAt: start, dueAt, clockKind: kind, calendar });
}

describe("trafficLight, 5 working days from Tue 10 March (due end of Tue 17 March)", () => {
  const light = lightsFor("2026-03-10T14:00+08:00", "working_days", 5);
  // window = max(0.2 × 5, 1) = 1 working day left after today
  it.each<Row>([
    ["2026-03-10T15:00+08:00", "green"], // 5 left
    ["2026-03-13T10:00+08:00", "green"], // Fri: Mon + Tue left
    ["2026-03-15T23:59+08:00", "green"], // Sun: still Mon + Tue
    ["2026-03-16T00:00+08:00", "yellow"], // Mon: only Tue left
    ["2026-03-17T09:00+08:00", "yellow"], // due at the end of today: 0 left
    ["2026-03-17T23:59:59.999+08:00", "yellow"],
    ["2026-03-18T00:00+08:00", "red"], // due instant reached
    ["2026-04-01T10:00+08:00", "red"],
  ])("at %s → %s", (now, expected) => {
    expect(light(now)).toBe(expected);
  });
});

describe("trafficLight, 15 working days from Mon 2 March (due end of Mon 23 March)", () => {
  const light = lightsFor("2026-03-02T09:00+08:00", "working_days", 15);
  // window = max(0.2 × 15, 1) = 3 working days left after today
  it.each<Row>([
    ["2026-03-17T16:00+08:00", "green"], // Wed, Thu, Fri, Mon left
    ["2026-03-18T09:00+08:00", "yellow"], // Thu, Fri, Mon left
    ["2026-03-23T09:00+08:00", "yellow"],
    ["2026-03-24T00:00+08:00", "red"],
  ])("at %s → %s", (now, expected) => {
    expect(light(now)).toBe(expected);
  });
});

describe("trafficLight, 5 working days over Spring Festival (due end of Thu 26 Feb)", () => {
  const light = lightsFor("2026-02-12T10:00+08:00", "working_days", 5);
  it.each<Row>([
    ["2026-02-14T10:00+08:00", "green"], // make-up Saturday: 24, 25, 26 left
    ["2026-02-20T10:00+08:00", "green"], // holiday: 24, 25, 26 left
    ["2026-02-24T10:00+08:00", "green"], // 25, 26 left
    ["2026-02-25T10:00+08:00", "yellow"], // 26 left
    ["2026-02-27T00:00+08:00", "red"],
  ])("at %s → %s", (now, expected) => {
    expect(light(now)).toBe(expected);
  });
});

describe("trafficLight, urgent 24 hours (due Wed 11 March 14:00)", () => {
  const light = lightsFor("2026-03-10T14:00+08:00", "hours", 24);
  // window = 0.2 × 24 h = 4 h 48 min, no minimum
  it.each<Row>([
    ["2026-03-11T09:11:59+08:00", "green"],
    ["2026-03-11T09:12+08:00", "yellow"],
    ["2026-03-11T13:59+08:00", "yellow"],
    ["2026-03-11T14:00+08:00", "red"],
  ])("at %s → %s", (now, expected) => {
    expect(light(now)).toBe(expected);
  });
});

describe("trafficLight, formal petition 60 calendar days (due end of Sat 9 May)", () => {
  const light = lightsFor("2026-03-10T14:00+08:00", "calendar_days", 60);
  // window = max(0.2 × 60, 1) = 12 days left after today
  it.each<Row>([
    ["2026-04-26T23:59+08:00", "green"], // 13 left
    ["2026-04-27T00:00+08:00", "yellow"], // 12 left
    ["2026-05-09T20:00+08:00", "yellow"],
    ["2026-05-10T00:00+08:00", "red"],
  ])("at %s → %s", (now, expected) => {
    expect(light(now)).toBe(expected);
  });
});

describe("trafficLight minimums and policy", () => {
  it.each<[string, TrafficLight]>([
    ["2026-03-11T10:00+08:00", "green"], // 2 days left
    ["2026-03-12T10:00+08:00", "yellow"], // 1 day left: the 1-calendar-day minimum beats 0.2 × 3
    ["2026-03-13T10:00+08:00", "yellow"],
  ])("3 calendar days from 10 March, at %s → %s", (now, expected) => {
    expect(lightsFor("2026-03-10T14:00+08:00", "calendar_days", 3)(now)).toBe(expected);
  });

  it("the working-day minimum beats a small fraction (2 days, due end of Thu 12 March)", () => {
    const light = lightsFor("2026-03-10T14:00+08:00", "working_days", 2);
    expect(light("2026-03-10T15:00+08:00")).toBe("green"); // 2 left
    expect(light("2026-03-11T09:00+08:00")).toBe("yellow"); // 1 left
  });

  it("takes a custom warning policy", () => {
    const startAt = at("2026-03-10T14:00+08:00");
    const dueAt = addClock(startAt, { kind: "working_days", amount: 5 }, calendar);
    const now = at("2026-03-13T10:00+08:00"); // 2 working days left
    const input = { now, startAt, dueAt, clockKind: "working_days" as const, calendar };
    expect(trafficLight(input)).toBe("green");
    expect(trafficLight({ ...input, warning: { minimumWorkingDays: 2, fraction: 0 } })).toBe("yellow");
    expect(trafficLight({ ...input, warning: { minimumWorkingDays: 0, fraction: 0.4 } })).toBe("yellow");
  });

  it("a working-day due date moved by an hours extension stays consistent", () => {
    // Due Wed 18 March 12:00: Wednesday is not a whole day left, so Tuesday is the last one.
    const startAt = at("2026-03-10T14:00+08:00");
    const dueAt = at("2026-03-18T12:00+08:00");
    const light = (now: string) => trafficLight({ now: at(now), startAt, dueAt, clockKind: "working_days", calendar });
    expect(light("2026-03-13T10:00+08:00")).toBe("green");
    expect(light("2026-03-16T10:00+08:00")).toBe("yellow");
    expect(light("2026-03-18T11:00+08:00")).toBe("yellow");
    expect(light("2026-03-18T12:00+08:00")).toBe("red");
  });
});

describe("workingDaysOverdue and overdueCard: whole working days passed since the due instant", () => {
  const endOfTue17 = "2026-03-18T00:00+08:00";
  const endOfFri20 = "2026-03-21T00:00+08:00";
  const endOfFri13Feb = "2026-02-14T00:00+08:00";
  const wed11At14 = "2026-03-11T14:00+08:00";
  it.each<[string, string, number, OverdueCard | null]>([
    [endOfTue17, "2026-03-17T23:00+08:00", 0, null], // not yet due
    [endOfTue17, "2026-03-18T00:00+08:00", 0, null], // due: red light, no card yet
    [endOfTue17, "2026-03-18T23:59+08:00", 0, null], // Wednesday still running
    [endOfTue17, "2026-03-19T00:00+08:00", 1, "yellow_card"], // all of Wednesday lost
    [endOfTue17, "2026-03-20T12:00+08:00", 2, "yellow_card"],
    [endOfTue17, "2026-03-21T00:00+08:00", 3, "red_card"], // Wed, Thu, Fri
    [endOfTue17, "2026-03-23T10:00+08:00", 3, "red_card"], // the weekend adds nothing
    [endOfFri20, "2026-03-23T10:00+08:00", 0, null], // over the weekend
    [endOfFri20, "2026-03-24T00:00+08:00", 1, "yellow_card"],
    [endOfFri13Feb, "2026-02-15T00:00+08:00", 1, "yellow_card"], // the make-up Saturday counts
    [endOfFri13Feb, "2026-02-24T09:00+08:00", 1, "yellow_card"], // Spring Festival does not
    [endOfFri13Feb, "2026-02-26T00:00+08:00", 3, "red_card"], // 14 Feb, 24 Feb, 25 Feb
    [wed11At14, "2026-03-11T15:00+08:00", 0, null], // hours clock due mid-day
    [wed11At14, "2026-03-12T23:00+08:00", 0, null], // Wednesday was only partly lost
    [wed11At14, "2026-03-13T00:00+08:00", 1, "yellow_card"], // all of Thursday lost
  ])("due %s, now %s: %i working days overdue → %s", (dueAt, now, days, card) => {
    expect(workingDaysOverdue(at(now), at(dueAt), calendar)).toBe(days);
    expect(overdueCard({ now: at(now), dueAt: at(dueAt), calendar })).toBe(card);
  });

  it("takes a custom card policy", () => {
    const input = { now: at("2026-03-20T12:00+08:00"), dueAt: at(endOfTue17), calendar };
    expect(overdueCard({ ...input, policy: { yellowAfterWorkingDays: 1, redAfterWorkingDays: 2 } })).toBe("red_card");
    expect(overdueCard({ ...input, policy: { yellowAfterWorkingDays: 5, redAfterWorkingDays: 10 } })).toBeNull();
  });
});
