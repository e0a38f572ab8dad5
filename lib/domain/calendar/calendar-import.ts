// Reading an official holiday list pasted by an admin: CSV lines `date,kind,name` or an
// iCalendar file (the VEVENT subset public holiday feeds use). Every bad line is reported with
// its line number; nothing is thrown, so an admin sees all problems in one preview.
import { type IsoDate, isIsoDate } from "./working-calendar";

export type CalendarDayKind = "holiday" | "workday";

export interface ImportedDay {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}

export type ImportErrorKey =
  | "badLine"
  | "badDate"
  | "badKind"
  | "conflict"
  | "workdayOnWeekday"
  | "outsideYear"
  | "eventTooLong"
  | "missingStart"
  | "empty";

export interface ImportError {
  line: number; // 1-based line of the pasted text
  message: ImportErrorKey;
}

export interface CalendarImport {
  days: ImportedDay[];
  errors: ImportError[];
}

const DAY_MS = 86_400_000;
// Chinese public holidays last at most eight days; a longer event is a mistake in the feed.
const MAX_EVENT_DAYS = 31;
const WORKDAY_MARKERS = [/班/, /workday/i, /make-up/i, /makeup/i];

/** Parses pasted CSV or iCalendar text; `year`, when given, refuses dates of other years. */
export function parseCalendarImport(text: string, options: { year?: number } = {}): CalendarImport {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const raw = /^\s*BEGIN:(VCALENDAR|VEVENT)\s*$/im.test(text) ? parseIcs(lines) : parseCsv(lines);
  return collect(raw, options.year);
}

/** A make-up working day is a Saturday or Sunday by definition; a holiday may fall on any day. */
export function isWeekend(date: IsoDate): boolean {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 || day === 6;
}

type Parsed = { line: number; day?: ImportedDay; error?: ImportErrorKey };

function parseCsv(lines: string[]): Parsed[] {
  const result: Parsed[] = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    if (!trimmed || trimmed.startsWith("#")) return;
    const [first = "", second = "", ...rest] = trimmed.split(",");
    const name = rest.join(",").trim();
    const date = first.trim();
    const kind = second.trim().toLowerCase();
    if (date.toLowerCase() === "date" && kind === "kind") return; // header
    if (!kind) return void result.push({ line, error: "badLine" });
    if (!isIsoDate(date)) return void result.push({ line, error: "badDate" });
    if (kind !== "holiday" && kind !== "workday") return void result.push({ line, error: "badKind" });
    result.push({ line, day: { date, kind, name } });
  });
  return result;
}

interface IcsLine {
  line: number;
  name: string; // property name, upper case, without parameters
  params: string;
  value: string;
}

function unfold(lines: string[]): IcsLine[] {
  const logical: { line: number; text: string }[] = [];
  lines.forEach((content, index) => {
    const last = logical.at(-1);
    if (last && /^[ \t]/.test(content)) last.text += content.slice(1);
    else if (content.trim()) logical.push({ line: index + 1, text: content.trim() });
  });
  return logical.map(({ line, text }) => {
    const colon = text.indexOf(":");
    const head = colon < 0 ? text : text.slice(0, colon);
    const [name = "", ...params] = head.split(";");
    return {
      line,
      name: name.toUpperCase(),
      params: params.join(";").toUpperCase(),
      value: colon < 0 ? "" : text.slice(colon + 1),
    };
  });
}

function parseIcs(lines: string[]): Parsed[] {
  const result: Parsed[] = [];
  let event: {
    line: number;
    start?: { line: number; date: IsoDate | null };
    end?: IsoDate | null;
    summary: string;
    categories: string;
  } | null = null;
  for (const entry of unfold(lines)) {
    if (entry.name === "BEGIN" && entry.value.toUpperCase() === "VEVENT") {
      event = { line: entry.line, summary: "", categories: "" };
    } else if (entry.name === "END" && entry.value.toUpperCase() === "VEVENT" && event) {
      result.push(...expandEvent(event));
      event = null;
    } else if (event && entry.name === "DTSTART") {
      event.start = { line: entry.line, date: icsDate(entry.value) };
    } else if (event && entry.name === "DTEND") {
      event.end = icsDate(entry.value);
    } else if (event && entry.name === "SUMMARY") {
      event.summary = unescapeText(entry.value);
    } else if (event && entry.name === "CATEGORIES") {
      event.categories = unescapeText(entry.value);
    }
  }
  return result;
}

function expandEvent(event: {
  line: number;
  start?: { line: number; date: IsoDate | null };
  end?: IsoDate | null;
  summary: string;
  categories: string;
}): Parsed[] {
  if (!event.start) return [{ line: event.line, error: "missingStart" }];
  const { line, date: start } = event.start;
  if (!start || event.end === null) return [{ line, error: "badDate" }];
  const kind: CalendarDayKind = WORKDAY_MARKERS.some(
    (marker) => marker.test(event.summary) || marker.test(event.categories),
  )
    ? "workday"
    : "holiday";
  // DTEND of an all-day event is exclusive; without it the event is one day.
  const length = event.end === undefined ? 1 : Math.round((utcMidnight(event.end) - utcMidnight(start)) / DAY_MS);
  if (length < 1) return [{ line, error: "badDate" }];
  if (length > MAX_EVENT_DAYS) return [{ line, error: "eventTooLong" }];
  return Array.from({ length }, (_, offset) => ({
    line,
    day: { date: toIsoDate(utcMidnight(start) + offset * DAY_MS), kind, name: event.summary },
  }));
}

function icsDate(value: string): IsoDate | null {
  const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : null;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? " " : char)).trim();
}

function collect(parsed: Parsed[], year: number | undefined): CalendarImport {
  const days = new Map<IsoDate, ImportedDay>();
  const errors: ImportError[] = [];
  for (const { line, day, error } of parsed) {
    if (error || !day) {
      errors.push({ line, message: error ?? "badLine" });
      continue;
    }
    if (year !== undefined && Number(day.date.slice(0, 4)) !== year) {
      errors.push({ line, message: "outsideYear" });
      continue;
    }
    if (day.kind === "workday" && !isWeekend(day.date)) {
      errors.push({ line, message: "workdayOnWeekday" });
      continue;
    }
    const earlier = days.get(day.date);
    if (earlier && earlier.kind !== day.kind) {
      errors.push({ line, message: "conflict" });
      continue;
    }
    if (!earlier) days.set(day.date, day);
  }
  if (days.size === 0 && errors.length === 0) errors.push({ line: 1, message: "empty" });
  return { days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), errors };
}

function utcMidnight(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function toIsoDate(utcMillis: number): IsoDate {
  return new Date(utcMillis).toISOString().slice(0, 10);
}
