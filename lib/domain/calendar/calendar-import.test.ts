import { describe, expect, it } from "vitest";
import { type CalendarImport, parseCalendarImport } from "./calendar-import";

const CSV = [
  "date,kind,name",
  "2026-10-01,holiday,National Day",
  "",
  "# 调休",
  "2026-09-27,workday,国庆调休上班",
  "2026-10-02,holiday,National Day, second day",
].join("\n");

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20261001",
  "DTEND;VALUE=DATE:20261004",
  "SUMMARY:国庆节",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20260927",
  "SUMMARY:国庆节调休（班）",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20261010",
  "SUMMARY:Make-up",
  "  day",
  "CATEGORIES:Workday",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

describe("parseCalendarImport", () => {
  it("reads CSV lines, skipping the header, blanks and comments, and keeps commas in names", () => {
    expect(parseCalendarImport(CSV)).toEqual<CalendarImport>({
      days: [
        { date: "2026-09-27", kind: "workday", name: "国庆调休上班" },
        { date: "2026-10-01", kind: "holiday", name: "National Day" },
        { date: "2026-10-02", kind: "holiday", name: "National Day, second day" },
      ],
      errors: [],
    });
  });

  it("reads iCalendar events, expanding multi-day ones (DTEND exclusive) and spotting make-up days", () => {
    const result = parseCalendarImport(ICS);
    expect(result.errors).toEqual([]);
    expect(result.days).toEqual([
      { date: "2026-09-27", kind: "workday", name: "国庆节调休（班）" },
      { date: "2026-10-01", kind: "holiday", name: "国庆节" },
      { date: "2026-10-02", kind: "holiday", name: "国庆节" },
      { date: "2026-10-03", kind: "holiday", name: "国庆节" },
      { date: "2026-10-10", kind: "workday", name: "Make-up day" },
    ]);
  });

  const badCsv: [string, string, { line: number; message: string }[]][] = [
    ["a line without a kind", "2026-10-01", [{ line: 1, message: "badLine" }]],
    ["an impossible date", "2026-02-30,holiday,x", [{ line: 1, message: "badDate" }]],
    ["an unknown kind", "2026-10-01,festival,x", [{ line: 1, message: "badKind" }]],
    ["a make-up day on a weekday", "2026-10-08,workday,x", [{ line: 1, message: "workdayOnWeekday" }]],
    [
      "a date both holiday and workday",
      "2026-10-03,holiday,a\n2026-10-03,workday,b",
      [{ line: 2, message: "conflict" }],
    ],
    ["nothing at all", "\n# only a comment\n", [{ line: 1, message: "empty" }]],
  ];
  it.each(badCsv)("reports %s with its line number", (_name, text, errors) => {
    expect(parseCalendarImport(text).errors).toEqual(errors);
  });

  it("keeps the good lines of a CSV with a bad one, naming the bad line", () => {
    const result = parseCalendarImport(
      "date,kind,name\n2026-10-01,holiday,A\nnot-a-date,holiday,B\n2026-10-02,holiday,C",
    );
    expect(result.days.map((d) => d.date)).toEqual(["2026-10-01", "2026-10-02"]);
    expect(result.errors).toEqual([{ line: 3, message: "badDate" }]);
  });

  it("refuses dates outside the year being imported", () => {
    expect(parseCalendarImport("2027-01-01,holiday,New Year", { year: 2026 }).errors).toEqual([
      { line: 1, message: "outsideYear" },
    ]);
  });

  it("reports bad iCalendar events at their DTSTART or BEGIN line", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "SUMMARY:no start",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTART;VALUE=DATE:2026XX01",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTART;VALUE=DATE:20260101",
      "DTEND;VALUE=DATE:20260301",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\n");
    expect(parseCalendarImport(text).errors).toEqual([
      { line: 2, message: "missingStart" },
      { line: 6, message: "badDate" },
      { line: 9, message: "eventTooLong" },
    ]);
  });
});
