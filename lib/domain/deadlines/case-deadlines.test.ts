import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../calendar/working-calendar";
import { CHINA_PUBLIC_HOLIDAYS } from "../calendar/china-holidays";
import { replyFacts, roundDeadlines } from "./case-deadlines";

const y = CHINA_PUBLIC_HOLIDAYS[2026]!;
const calendar = createWorkingCalendar({
  timeZone: "Asia/Shanghai",
  holidays: y.holidays,
  makeUpWorkdays: y.makeUpWorkdays,
});
const general = {
  clockKind: "working_days" as const,
  signForLimit: 1,
  firstContactLimit: 2,
  replyLimit: 5,
  disputeWindowWorkingDays: 5,
};

describe("roundDeadlines", () => {
  it("a general case dispatched on a Tuesday afternoon", () => {
    const d = roundDeadlines(new Date("2026-03-10T06:00:00Z"), general, calendar); // 14:00 Beijing
    expect(d.signForDueAt?.toISOString()).toBe("2026-03-11T16:00:00.000Z"); // end of Wed 11 March
    expect(d.firstContactDueAt?.toISOString()).toBe("2026-03-12T16:00:00.000Z");
    expect(d.replyDueAt.toISOString()).toBe("2026-03-17T16:00:00.000Z"); // end of Tue 17 March
    expect(d.disputeDueAt.toISOString()).toBe("2026-03-17T16:00:00.000Z");
  });

  it("skips the Labour Day holiday and counts the make-up Saturday", () => {
    // Thu 30 April 2026: 1 May–5 May off, Sat 9 May is a working day.
    const d = roundDeadlines(new Date("2026-04-30T02:00:00Z"), general, calendar);
    expect(calendar.localDate(new Date(d.replyDueAt.getTime() - 1))).toBe("2026-05-11");
  });

  it("urgent cases run on hours, day and night", () => {
    const d = roundDeadlines(
      new Date("2026-10-01T02:00:00Z"),
      { clockKind: "hours", signForLimit: 2, firstContactLimit: 2, replyLimit: 24, disputeWindowWorkingDays: 5 },
      calendar,
    );
    expect(d.signForDueAt?.toISOString()).toBe("2026-10-01T04:00:00.000Z");
    expect(d.replyDueAt.toISOString()).toBe("2026-10-02T02:00:00.000Z");
  });

  it("omits limits the policy does not set", () => {
    const d = roundDeadlines(
      new Date("2026-03-10T06:00:00Z"),
      { ...general, signForLimit: null, firstContactLimit: null },
      calendar,
    );
    expect(d.signForDueAt).toBeNull();
    expect(d.firstContactDueAt).toBeNull();
  });
});

describe("replyFacts", () => {
  it("freezes on-time and the working days taken", () => {
    const dispatchedAt = new Date("2026-03-09T02:00:00Z"); // Monday
    expect(
      replyFacts({
        repliedAt: new Date("2026-03-11T02:00:00Z"),
        replyDueAt: new Date("2026-03-13T16:00:00Z"),
        dispatchedAt,
        calendar,
      }),
    ).toEqual({ repliedOnTime: true, workingDaysToReply: 2 });
    expect(
      replyFacts({
        repliedAt: new Date("2026-03-16T02:00:00Z"),
        replyDueAt: new Date("2026-03-13T16:00:00Z"),
        dispatchedAt,
        calendar,
      }),
    ).toEqual({ repliedOnTime: false, workingDaysToReply: 5 });
  });
});
