// CSV for the open-data downloads (RFC 4180), safe to open in a spreadsheet.

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null;

// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection):
// = + - @ tab CR, by character code, since this runs for every cell of a million-row file.
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: quoted when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    return String(value);
  }
  const text = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
