// Removes personal data from text shown on public pages (PRODUCT.md §10): phone numbers,
// email addresses, resident ID numbers and the names the citizen gave. One pass over the text
// with one combined pattern, so a replacement is never matched again and, where two patterns
// could match, the earliest and then the first listed (email before name) wins.

export const REDACTED = "***";

// Digits either side would make the match part of a longer number (an amount, a reference).
const NOT_AFTER_DIGIT = String.raw`(?<![0-9])`;
const NOT_BEFORE_DIGIT = String.raw`(?![0-9])`;

const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;

// 18 characters: 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit or X;
// legacy 15 digits: region, YYMMDD, sequence. The birth date keeps random long numbers out.
const MONTH = "(?:0[1-9]|1[0-2])";
const DAY = "(?:0[1-9]|[12][0-9]|3[01])";
const RESIDENT_ID = String.raw`${NOT_AFTER_DIGIT}(?:[1-9][0-9]{5}(?:18|19|20)[0-9]{2}${MONTH}${DAY}[0-9]{3}[0-9Xx]|[1-9][0-9]{5}[0-9]{2}${MONTH}${DAY}[0-9]{3})${NOT_BEFORE_DIGIT}`;

// 1[3-9]x xxxx xxxx, spaces or hyphens allowed between the groups, optional +86 / 0086 prefix.
const SEP = "[ -]?";
const MOBILE = String.raw`${NOT_AFTER_DIGIT}(?:(?:\+|00)86${SEP})?1[3-9][0-9]${SEP}[0-9]{4}${SEP}[0-9]{4}${NOT_BEFORE_DIGIT}`;

// Area code 0 + 2–3 digits, in (half- or full-width) parentheses or followed by a space or
// hyphen, then a 7–8 digit local number. Run together without a separator, the local number
// must start with 2–9 as real ones do, so that fewer long numbers are taken for phones.
const AREA_CODE = "0[1-9][0-9]{1,2}";
const LOCAL_NUMBER = "[0-9]{7,8}";
const LANDLINE = String.raw`${NOT_AFTER_DIGIT}(?:[(（]${AREA_CODE}[)）]${SEP}${LOCAL_NUMBER}|${AREA_CODE}[ -]${LOCAL_NUMBER}|${AREA_CODE}[2-9][0-9]{6,7})${NOT_BEFORE_DIGIT}`;

const MINIMUM_NAME_LENGTH = 2;

export function redactText(text: string, options: { names?: readonly string[] } = {}): string {
  const names = [...new Set((options.names ?? []).map((name) => name.trim()))]
    .filter((name) => [...name].length >= MINIMUM_NAME_LENGTH)
    // Longest first, so "Zhang Wei" goes as a whole before "Zhang" is tried.
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const patterns = [EMAIL, RESIDENT_ID, MOBILE, LANDLINE, ...names];
  // "i" makes Latin names case-insensitive; Chinese characters have no case.
  return text.replace(new RegExp(patterns.join("|"), "giu"), REDACTED);
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
