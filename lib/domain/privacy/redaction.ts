// Removes personal data from text shown on public pages and in staff lists (docs/rules.md#privacy):
// phone numbers, email addresses, resident ID numbers, and everything of the contact the citizen
// gave — name (whole and in parts), phone however it is written, email (and its local part),
// address (whole, and street and number without the flat). One pass over the text with one
// combined pattern, so a replacement is never matched again and, where two patterns could match,
// the earliest and then the first listed wins.
//
// Matching runs on the text with full-width characters folded to their ASCII forms (１３８ → 138,
// ＠ → @, a full-width space → a space), but the text shown keeps what the citizen typed: only the
// matched spans are replaced.

export const REDACTED = "***";

/** What the citizen gave about themselves: every field is redacted wherever it turns up. */
export interface RedactionContact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  idNumber?: string | null;
}

// Digits either side would make the match part of a longer number (an amount, a reference).
const NOT_AFTER_DIGIT = String.raw`(?<![0-9])(?<![0-9][.])`;
const NOT_BEFORE_DIGIT = String.raw`(?![0-9])(?![.][0-9])`;

const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;

// 18 characters: 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit or X;
// legacy 15 digits: region, YYMMDD, sequence. The birth date keeps random long numbers out.
const MONTH = "(?:0[1-9]|1[0-2])";
const DAY = "(?:0[1-9]|[12][0-9]|3[01])";
const RESIDENT_ID = String.raw`${NOT_AFTER_DIGIT}(?:[1-9][0-9]{5}(?:18|19|20)[0-9]{2}${MONTH}${DAY}[0-9]{3}[0-9Xx]|[1-9][0-9]{5}[0-9]{2}${MONTH}${DAY}[0-9]{3})${NOT_BEFORE_DIGIT}`;

// 1[3-9]x xxxx xxxx, a space, hyphen or dot allowed between the groups, optional +86 / 0086.
const SEP = "[ .-]?";
const MOBILE = String.raw`${NOT_AFTER_DIGIT}(?:(?:\+|00)86${SEP})?1[3-9][0-9]${SEP}[0-9]{4}${SEP}[0-9]{4}${NOT_BEFORE_DIGIT}`;

// Area code 0 + 2–3 digits, in parentheses or followed by a separator, then a 7–8 digit local
// number. Run together without a separator, the local number must start with 2–9 as real ones
// do, so that fewer long numbers are taken for phones.
const AREA_CODE = "0[1-9][0-9]{1,2}";
const LOCAL_NUMBER = "[0-9]{7,8}";
const LANDLINE = String.raw`${NOT_AFTER_DIGIT}(?:[(]${AREA_CODE}[)]${SEP}${LOCAL_NUMBER}|${AREA_CODE}[ .-]${LOCAL_NUMBER}|${AREA_CODE}[2-9][0-9]{6,7})${NOT_BEFORE_DIGIT}`;

const MINIMUM_PHRASE_LENGTH = 2;

/** One code point folded to ASCII where NFKC gives exactly one character (full-width forms). */
function fold(char: string): string {
  const folded = char.normalize("NFKC");
  return [...folded].length === 1 ? folded : char;
}

const escapeRegExp = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const foldAll = (text: string) => [...text].map(fold).join("");

/** The citizen's own phone, in whatever grouping or separators it is written. */
function phonePattern(phone: string): string | null {
  const digits = foldAll(phone)
    .replace(/[^0-9]/g, "")
    .replace(/^(?:0086|86)(?=1[3-9][0-9]{9}$)/, "");
  if (digits.length < 6) return null;
  return `${NOT_AFTER_DIGIT}${[...digits].join(String.raw`[\s().-]*`)}${NOT_BEFORE_DIGIT}`;
}

// Where the flat or room begins: what comes after it is dropped to get "street and number".
const FLAT_MARKERS =
  /\s*(?:,|，|\b(?:flat|apt|apartment|unit|room|suite|floor)\b|#|\d+\s*(?:单元|室|层|楼|栋|号楼|幢)).*$/iu;

/** The address as given, and its street and number without the flat, the room or the floor. */
function addressPhrases(address: string): string[] {
  const whole = foldAll(address).trim();
  const phrases = [whole];
  const street = whole.replace(FLAT_MARKERS, "").trim();
  if (street !== whole && /\d/.test(street)) phrases.push(street);
  // Chinese addresses: up to the house number (…路12号) is enough to find the home.
  const house = /^.*?\d+\s*号/u.exec(whole)?.[0];
  if (house && house !== whole) phrases.push(house);
  return phrases;
}

/** The name as given and its parts: Latin words of three letters or more, a Chinese given name. */
function namePhrases(name: string): string[] {
  const whole = foldAll(name).trim().replace(/\s+/g, " ");
  const phrases = [whole];
  const words = whole.split(" ").filter((word) => /^\p{Script=Latin}{3,}$/u.test(word));
  if (words.length > 1) phrases.push(...words);
  if (/^\p{Script=Han}{3,4}$/u.test(whole)) phrases.push(whole.slice(1));
  return phrases;
}

function contactPatterns(contact: RedactionContact | undefined): string[] {
  if (!contact) return [];
  const phrases: string[] = [];
  if (contact.name) phrases.push(...namePhrases(contact.name));
  if (contact.address) phrases.push(...addressPhrases(contact.address));
  if (contact.email) {
    const email = foldAll(contact.email).trim();
    phrases.push(email);
    const local = email.split("@")[0] ?? "";
    if (local.length >= 5) phrases.push(local);
  }
  if (contact.idNumber) phrases.push(foldAll(contact.idNumber).trim());
  const literal = phrases.filter((phrase) => [...phrase].length >= MINIMUM_PHRASE_LENGTH).map(literalPattern);
  const phone = contact.phone ? phonePattern(contact.phone) : null;
  return phone ? [phone, ...literal] : literal;
}

/** A phrase matched as written, with any run of spaces matching any run of spaces; Latin words whole. */
function literalPattern(phrase: string): string {
  const body = phrase
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  const latinStart = /^[A-Za-z]/.test(phrase) ? String.raw`(?<![A-Za-z])` : "";
  const latinEnd = /[A-Za-z]$/.test(phrase) ? String.raw`(?![A-Za-z])` : "";
  return `${latinStart}${body}${latinEnd}`;
}

export function redactText(
  text: string,
  options: { names?: readonly string[]; contact?: RedactionContact } = {},
): string {
  const literals = (options.names ?? [])
    .map((name) => foldAll(name).trim())
    .filter((name) => [...name].length >= MINIMUM_PHRASE_LENGTH)
    .map(literalPattern);
  // Longest first, so "Zhang Wei" goes as a whole before "Zhang" is tried.
  const own = [...new Set([...contactPatterns(options.contact), ...literals])].sort((a, b) => b.length - a.length);
  const patterns = [EMAIL, RESIDENT_ID, MOBILE, LANDLINE, ...own];
  const chars = [...text];
  const folded = chars.map(fold);
  // Offsets in the folded text (UTF-16) back to code points of the original.
  const starts: number[] = [];
  let offset = 0;
  for (const char of folded) {
    starts.push(offset);
    offset += char.length;
  }
  const codePointAt = new Map(starts.map((start, index) => [start, index]));
  let result = "";
  let done = 0;
  // "i" makes Latin names case-insensitive; Chinese characters have no case.
  for (const match of folded.join("").matchAll(new RegExp(patterns.join("|"), "giu"))) {
    const from = codePointAt.get(match.index);
    const to = codePointAt.get(match.index + match[0].length) ?? chars.length;
    if (from === undefined || match[0].length === 0) continue;
    result += chars.slice(done, from).join("") + REDACTED;
    done = to;
  }
  return result + chars.slice(done).join("");
}

/** Redaction with one citizen's contact: every public or staff-list text of their case goes through it. */
export function redactorFor(contact: RedactionContact | null | undefined): (text: string) => string {
  return (text) => redactText(text, { contact: contact ?? undefined });
}
