// The hotline desk's search box (docs/case-classes.md#the-hotline-desk): one box an operator types
// a reference, a phone number or words into, and an optional date range. Which is which is decided
// here, so the query, the audit log and the tests agree.

import { type Role, can } from "@/lib/domain/access/roles";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { type IsoDate, daysBetween } from "@/lib/domain/calendar/working-calendar";

/** Characters of text the box takes. */
export const DESK_QUERY_MAX_CHARS = 100;
/** Shortest text searched: a two-character Chinese name or place (张三, 幸福) must work. */
export const DESK_TEXT_MIN_CHARS = 2;
/** pg_trgm extracts trigrams: below three characters its index cannot help, so ILIKE scans a window. */
export const TRIGRAM_MIN_CHARS = 3;
/** The window a short text query scans when the operator gave no dates (days back from today). */
export const SHORT_QUERY_DEFAULT_DAYS = 90;
/** The longest date range one search may cover. */
export const DESK_MAX_RANGE_DAYS = 3660;
/** Fewest digits a phone number has (a local number without its area code). */
const PHONE_MIN_DIGITS = 7;

export type DeskQuery =
  | { kind: "reference"; reference: string }
  | { kind: "phone"; phoneKey: string }
  | { kind: "text"; text: string; pattern: string; indexed: boolean };

export type DeskQueryError = "required" | "tooShort" | "tooLong" | "dateOrder" | "rangeTooLong";

const FULLWIDTH_DIGITS = /[０-９]/g;
const fold = (value: string) =>
  value
    .replace(FULLWIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/＋/g, "+");

/**
 * The key a phone number is found by, however it was written: digits only, without an extension,
 * without the country code (+86 / 0086 / 86) before a mobile, and with the area code's 0 back
 * before a landline written internationally. The database computes the same key for every stored
 * phone (case_contacts.phone_key, migration 0035): keep the two in step.
 */
export function phoneKey(phone: string): string {
  const digits = fold(phone)
    .replace(/(ext|#|转).*$/i, "")
    .replace(/\D/g, "");
  return digits.replace(/^(?:0086|86)(1[3-9]\d{9})$/, "$1").replace(/^(?:0086|86)(10\d{8}|[2-9]\d{8,10})$/, "0$1");
}

/** Does the box hold a phone number (digits with the usual separators, at least a local number)? */
function looksLikePhone(value: string): boolean {
  const folded = fold(value);
  if (!/^\+?[\d\s\-().（）]+(?:(?:ext|#|转)\s*\d{1,6})?$/i.test(folded)) return false;
  return phoneKey(folded).length >= PHONE_MIN_DIGITS;
}

/** `text` as an ILIKE pattern that matches it anywhere, its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** What the operator typed, classified; an error key when there is nothing to search. */
export function parseDeskQuery(raw: string): DeskQuery | { error: DeskQueryError } {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text === "") return { error: "required" };
  const length = [...text].length;
  if (length > DESK_QUERY_MAX_CHARS) return { error: "tooLong" };
  if (parseCaseReference(text)) return { kind: "reference", reference: text.toUpperCase() };
  if (looksLikePhone(text)) return { kind: "phone", phoneKey: phoneKey(text) };
  if (length < DESK_TEXT_MIN_CHARS) return { error: "tooShort" };
  return { kind: "text", text, pattern: containsPattern(text), indexed: length >= TRIGRAM_MIN_CHARS };
}

export interface DeskRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

/**
 * The local dates a search covers, both ends included. A text query too short for the trigram
 * index scans the last SHORT_QUERY_DEFAULT_DAYS days unless the operator gave a range; everything
 * else searches all time unless limited.
 */
export function deskSearchRange(
  query: DeskQuery,
  range: DeskRange,
  today: IsoDate,
): { from: IsoDate | null; to: IsoDate | null } | { error: DeskQueryError } {
  if (range.from && range.to && daysBetween(range.from, range.to) < 0) return { error: "dateOrder" };
  if (range.from && range.to && daysBetween(range.from, range.to) > DESK_MAX_RANGE_DAYS)
    return { error: "rangeTooLong" };
  if (query.kind === "text" && !query.indexed && !range.from && !range.to)
    return { from: shiftDays(today, -SHORT_QUERY_DEFAULT_DAYS), to: null };
  return { from: range.from, to: range.to };
}

function shiftDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Who may search the desk and see a caller's history: the dispatch centre and supervisors. */
export function maySearchDesk(role: Role): boolean {
  return can(role, "desk.search");
}

/** Whether the results show the caller's name and phone (operators) or only the case (supervisors). */
export function deskShowsContacts(role: Role): boolean {
  return can(role, "case.view_personal_data");
}

/**
 * What the audit log keeps of a search: the kind and the normalised term (who looked up which
 * number), and the range. The row is on no public page (docs/case-classes.md).
 */
export function deskSearchAuditRecord(query: DeskQuery, range: { from: IsoDate | null; to: IsoDate | null }) {
  const term = query.kind === "reference" ? query.reference : query.kind === "phone" ? query.phoneKey : query.text;
  return { kind: query.kind, term, from: range.from, to: range.to };
}
