import { describe, expect, it } from "vitest";
import { chinaCalendarDefinition } from "../calendar/china-holidays";
import { createWorkingCalendar } from "../calendar/working-calendar";
import { addClock, computeDueAt, mergeIntervals, type ClockLimit, type Interval } from "./deadline";

const calendar = createWorkingCalendar(chinaCalendarDefinition());
const at = (iso: string): Date => new Date(iso);
const pause = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
const iso = (date: Date): string => date.toISOString();

const DISPATCHED = at("2026-03-10T14:00+08:00"); // a Tuesday

describe("addClock", () => {
  it.each<[string, string, ClockLimit, string]>([
    ["urgent reply, 24 hours", "2026-03-10T14:00+08:00", { kind: "hours", amount: 24 }, "2026-03-11T14:00+08:00"],
    [
      "sign-for, 2 hours, over midnight",
      "2026-03-10T23:00+08:00",
      { kind: "hours", amount: 2 },
      "2026-03-11T01:00+08:00",
    ],
    ["hours ignore holidays", "2026-02-14T20:00+08:00", { kind: "hours", amount: 24 }, "2026-02-15T20:00+08:00"],
    [
      "general reply, 5 working days",
      "2026-03-10T14:00+08:00",
      { kind: "working_days", amount: 5 },
      "2026-03-18T00:00+08:00",
    ],
    [
      "5 working days over Spring Festival",
      "2026-02-12T10:00+08:00",
      { kind: "working_days", amount: 5 },
      "2026-02-27T00:00+08:00",
    ],
    [
      "formal petition, 60 calendar days",
      "2026-03-10T14:00+08:00",
      { kind: "calendar_days", amount: 60 },
      "2026-05-10T00:00+08:00",
    ],
    [
      "calendar days ignore holidays",
      "2025-12-31T09:00+08:00",
      { kind: "calendar_days", amount: 1 },
      "2026-01-02T00:00+08:00",
    ],
    // An end-of-day instant (local midnight) is read as the end of the day before.
    [
      "extend 'end of Tue 17 March' by 5 working days",
      "2026-03-18T00:00+08:00",
      { kind: "working_days", amount: 5 },
      "2026-03-25T00:00+08:00",
    ],
    [
      "extend 'end of 9 May' by 30 calendar days",
      "2026-05-10T00:00+08:00",
      { kind: "calendar_days", amount: 30 },
      "2026-06-09T00:00+08:00",
    ],
  ])("%s", (_label, from, limit, expected) => {
    expect(iso(addClock(at(from), limit, calendar))).toBe(iso(at(expected)));
  });

  it("composes: a + b days equals a days then b days", () => {
    for (const kind of ["working_days", "calendar_days"] as const) {
      for (const [a, b] of [
        [1, 1],
        [5, 10],
        [15, 3],
      ] as const) {
        const stepwise = addClock(addClock(DISPATCHED, { kind, amount: a }, calendar), { kind, amount: b }, calendar);
        expect(iso(stepwise)).toBe(iso(addClock(DISPATCHED, { kind, amount: a + b }, calendar)));
      }
    }
  });

  it.each<ClockLimit>([
    { kind: "hours", amount: 0 },
    { kind: "hours", amount: -2 },
    { kind: "hours", amount: Number.POSITIVE_INFINITY },
    { kind: "working_days", amount: 0 },
    { kind: "working_days", amount: 1.5 },
    { kind: "calendar_days", amount: -1 },
  ])("rejects %o", (limit) => {
    expect(() => addClock(DISPATCHED, limit, calendar)).toThrow(RangeError);
  });

  it("accepts fractional hours", () => {
    expect(iso(addClock(DISPATCHED, { kind: "hours", amount: 1.5 }, calendar))).toBe(iso(at("2026-03-10T15:30+08:00")));
  });
});

describe("computeDueAt", () => {
  it.each<[string, ClockLimit, Interval[], ClockLimit[], string]>([
    // hours: moved by the paused duration
    ["hours, no pause", { kind: "hours", amount: 24 }, [], [], "2026-03-11T14:00+08:00"],
    [
      "hours, a 2-hour pause",
      { kind: "hours", amount: 24 },
      [pause("2026-03-10T16:00+08:00", "2026-03-10T18:00+08:00")],
      [],
      "2026-03-11T16:00+08:00",
    ],
    [
      "hours, overlapping pauses count once (3 h, not 4 h)",
      { kind: "hours", amount: 24 },
      [
        pause("2026-03-10T15:00+08:00", "2026-03-10T17:00+08:00"),
        pause("2026-03-10T16:00+08:00", "2026-03-10T18:00+08:00"),
      ],
      [],
      "2026-03-11T17:00+08:00",
    ],
    [
      "hours, a pause before the clock started counts from the start",
      { kind: "hours", amount: 24 },
      [pause("2026-03-09T09:00+08:00", "2026-03-10T15:00+08:00")],
      [],
      "2026-03-11T15:00+08:00",
    ],
    // calendar days: moved by the paused duration too
    [
      "60 calendar days, a 36-hour pause",
      { kind: "calendar_days", amount: 60 },
      [pause("2026-03-20T08:00+08:00", "2026-03-21T20:00+08:00")],
      [],
      "2026-05-11T12:00+08:00",
    ],
    // working days: moved by the working days the pause touches
    [
      "5 working days, paused Thu→Fri",
      { kind: "working_days", amount: 5 },
      [pause("2026-03-12T10:00+08:00", "2026-03-13T16:00+08:00")],
      [],
      "2026-03-19T00:00+08:00",
    ],
    [
      "5 working days, paused Fri→Mon",
      { kind: "working_days", amount: 5 },
      [pause("2026-03-13T17:00+08:00", "2026-03-16T09:00+08:00")],
      [],
      "2026-03-19T00:00+08:00",
    ],
    [
      "5 working days, paused within one day",
      { kind: "working_days", amount: 5 },
      [pause("2026-03-12T09:00+08:00", "2026-03-12T17:00+08:00")],
      [],
      "2026-03-18T00:00+08:00",
    ],
    [
      "5 working days, overlapping pauses merged (2 days, not 3)",
      { kind: "working_days", amount: 5 },
      [
        pause("2026-03-11T10:00+08:00", "2026-03-13T10:00+08:00"),
        pause("2026-03-12T10:00+08:00", "2026-03-13T09:00+08:00"),
      ],
      [],
      "2026-03-20T00:00+08:00",
    ],
    [
      "5 working days, two separate pauses add up",
      { kind: "working_days", amount: 5 },
      [
        pause("2026-03-11T10:00+08:00", "2026-03-12T10:00+08:00"),
        pause("2026-03-13T10:00+08:00", "2026-03-16T10:00+08:00"),
      ],
      [],
      "2026-03-20T00:00+08:00",
    ],
    // extensions
    [
      "5 working days + 5 working days extension",
      { kind: "working_days", amount: 5 },
      [],
      [{ kind: "working_days", amount: 5 }],
      "2026-03-25T00:00+08:00",
    ],
    [
      "60 days + one 30-day petition extension",
      { kind: "calendar_days", amount: 60 },
      [],
      [{ kind: "calendar_days", amount: 30 }],
      "2026-06-09T00:00+08:00",
    ],
    [
      "5 working days + 48 hours",
      { kind: "working_days", amount: 5 },
      [],
      [{ kind: "hours", amount: 48 }],
      "2026-03-20T00:00+08:00",
    ],
    [
      "extensions apply in order: 12 h then 1 working day",
      { kind: "working_days", amount: 5 },
      [],
      [
        { kind: "hours", amount: 12 },
        { kind: "working_days", amount: 1 },
      ],
      "2026-03-20T00:00+08:00",
    ],
    [
      "extensions apply in order: 1 working day then 12 h",
      { kind: "working_days", amount: 5 },
      [],
      [
        { kind: "working_days", amount: 1 },
        { kind: "hours", amount: 12 },
      ],
      "2026-03-19T12:00+08:00",
    ],
    // pauses, then extensions
    [
      "5 working days, 1 paused day, 2-day extension",
      { kind: "working_days", amount: 5 },
      [pause("2026-03-12T10:00+08:00", "2026-03-13T16:00+08:00")],
      [{ kind: "working_days", amount: 2 }],
      "2026-03-21T00:00+08:00",
    ],
    [
      "24 hours, 3-hour pause, 24-hour extension",
      { kind: "hours", amount: 24 },
      [pause("2026-03-11T09:00+08:00", "2026-03-11T12:00+08:00")],
      [{ kind: "hours", amount: 24 }],
      "2026-03-12T17:00+08:00",
    ],
  ])("%s", (_label, limit, pauses, extensions, expected) => {
    expect(iso(computeDueAt({ startAt: DISPATCHED, limit, calendar, pauses, extensions }))).toBe(iso(at(expected)));
  });

  it("moves a working-day clock over Spring Festival and onto a make-up Saturday", () => {
    // Due end of Thu 26 Feb; the pause touches Sat 14 Feb (make-up) and Tue 24 Feb.
    const dueAt = computeDueAt({
      startAt: at("2026-02-12T10:00+08:00"),
      limit: { kind: "working_days", amount: 5 },
      calendar,
      pauses: [pause("2026-02-13T10:00+08:00", "2026-02-24T10:00+08:00")],
    });
    expect(iso(dueAt)).toBe(iso(at("2026-03-01T00:00+08:00")));
  });

  it("rejects a pause that ends before it starts", () => {
    expect(() =>
      computeDueAt({
        startAt: DISPATCHED,
        limit: { kind: "hours", amount: 24 },
        calendar,
        pauses: [pause("2026-03-11T10:00+08:00", "2026-03-11T09:00+08:00")],
      }),
    ).toThrow(RangeError);
  });
});

describe("mergeIntervals", () => {
  it("sorts, merges overlapping and touching intervals, and clips to the start", () => {
    const merged = mergeIntervals(
      [
        pause("2026-03-12T10:00Z", "2026-03-12T12:00Z"),
        pause("2026-03-09T00:00Z", "2026-03-10T08:00Z"),
        pause("2026-03-12T12:00Z", "2026-03-12T13:00Z"),
        pause("2026-03-08T00:00Z", "2026-03-09T00:00Z"),
      ],
      at("2026-03-10T06:00Z"),
    );
    expect(merged.map(({ start, end }) => [iso(start), iso(end)])).toEqual([
      ["2026-03-10T06:00:00.000Z", "2026-03-10T08:00:00.000Z"],
      ["2026-03-12T10:00:00.000Z", "2026-03-12T13:00:00.000Z"],
    ]);
  });
});
