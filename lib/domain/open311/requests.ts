// Open311 GeoReport v2 (docs/open311.md): how our cases read as service requests, and the rules
// of the spec's request filters. Pure: the clock and the parsed dates come in.
import { type CaseStatus, CASE_STATUSES, TERMINAL_STATUSES } from "../cases/lifecycle";

export const OPEN311_STATUSES = ["open", "closed"] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/**
 * Closed is what can no longer change for the citizen: closed, redirected (told the lawful
 * channel) or merged into an earlier case. Everything else, "replied" included (the callback and
 * a dispute are still to come), is open.
 */
export function open311Status(status: CaseStatus): Open311Status {
  return TERMINAL_STATUSES.has(status) ? "closed" : "open";
}

/** Our statuses that read as the given Open311 statuses, for the query filter. */
export function caseStatusesFor(statuses: readonly Open311Status[]): CaseStatus[] {
  return CASE_STATUSES.filter((status) => statuses.includes(open311Status(status)));
}

/** Three decimals: about 110 m north–south, enough for a street, not for a front door. */
export const COORDINATE_DECIMALS = 3;

export function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** The spec's limit on start_date to end_date; also the window when neither is given. */
export const MAX_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
/** At most this many requests in one answer, newest first (the spec suggests 1000). */
export const MAX_REQUESTS = 1000;
/** At most this many ids in one service_request_id list. */
export const MAX_IDS = 100;

export type RequestWindow = { ok: true; startMs: number; endMs: number } | { ok: false; error: "order" | "range" };

/**
 * The requested_datetime window of a requests query, in epoch milliseconds. Neither date: the
 * last 90 days up to now. Only an end: the 90 days before it. Only a start: the 90 days after it.
 * Both: as given, refused when the end comes first or they are more than 90 days apart.
 */
export function requestWindow(given: { startMs?: number; endMs?: number }, nowMs: number): RequestWindow {
  const span = MAX_WINDOW_DAYS * DAY_MS;
  const endMs = given.endMs ?? (given.startMs !== undefined ? given.startMs + span : nowMs);
  const startMs = given.startMs ?? endMs - span;
  if (endMs < startMs) return { ok: false, error: "order" };
  if (endMs - startMs > span) return { ok: false, error: "range" };
  return { ok: true, startMs, endMs };
}

/** A comma list of ids (service_request_id, status): trimmed, empty parts dropped, each once. */
export function commaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    ),
  ];
}

/** W3C date-times as the spec uses them: a date, or a date and time with Z or an offset. */
const W3C_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Epoch milliseconds of a W3C date-time, or null when it is not one. A bare date is midnight
 * UTC, and so is a time without a zone (Perl's W3CDTF formatter writes floating times so).
 */
export function parseW3cDatetime(text: string): number | null {
  const match = W3C_DATETIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "0", zone = "Z"] = match;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.padEnd(3, "0").slice(0, 3)));
  // 2026-02-30 would roll over into March: not a date.
  if (new Date(utc).getUTCDate() !== day) return null;
  if (zone === "Z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (offsetMinutes > 14 * 60) return null;
  return utc - sign * offsetMinutes * 60_000;
}

/**
 * A case's title from an Open311 description, which has none: the first line, cut at a word
 * before `max` characters (with an ellipsis) when it is longer.
 */
export function titleFromDescription(description: string, max = 80): string {
  const firstLine = description.trim().split(/\r?\n/)[0]?.trim() ?? "";
  if ([...firstLine].length <= max) return firstLine;
  const cut = [...firstLine].slice(0, max - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}

/** `attribute[code]` and `attribute[code][]` fields of a form, by code (the last value wins). */
export function attributesFromForm(fields: Record<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const match = /^attribute\[([^\]]{1,64})\](?:\[\])?$/.exec(name);
    if (match?.[1]) attributes[match[1]] = value;
  }
  return attributes;
}

/** The citizen's name from the spec's first_name and last_name, "" when neither is given. */
export function fullName(first: string | undefined, last: string | undefined): string {
  return [first?.trim(), last?.trim()].filter(Boolean).join(" ");
}
