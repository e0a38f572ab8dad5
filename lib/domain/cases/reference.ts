// Case reference numbers citizens read out on the phone and type into the tracking form:
// "2026-000123-K" = year, sequence (at least 6 digits, zero-padded) and a check character.
//
// The check character is a weighted sum modulo the prime 31 over the year and sequence
// digits, with weights 1, 2, 3 … from the left, written in an alphabet without the look-alikes
// I, O, 0 and 1. Because 31 is prime and larger than any digit difference and any weight:
// - a single wrong digit changes the sum by (a − b) × w ≠ 0 (mod 31);
// - swapping adjacent digits a, b changes it by (a − b) × (wᵢ − wᵢ₊₁) = ±(a − b) ≠ 0 (mod 31).
// Weights stay below 31 because year (4) + sequence (≤ 16 safe-integer digits) ≤ 20 digits.

const CHECK_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY"; // 31 characters, one per remainder
const MODULUS = 31;
const MINIMUM_SEQUENCE_DIGITS = 6;
const REFERENCE_PATTERN = /^(\d{4})-(\d{6,16})-([A-Z0-9])$/;

export function referenceCheckCharacter(year: number, sequence: number): string {
  assertParts(year, sequence);
  const digits = `${year}${sequenceDigits(sequence)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (i + 1);
  const check = CHECK_ALPHABET[sum % MODULUS];
  if (check === undefined) throw new RangeError("check character out of range"); // unreachable: 31 characters
  return check;
}

export function formatCaseReference(year: number, sequence: number): string {
  return `${year}-${sequenceDigits(sequence)}-${referenceCheckCharacter(year, sequence)}`;
}

export function parseCaseReference(input: string): { year: number; sequence: number } | null {
  const normalized = input.trim().toUpperCase();
  const match = REFERENCE_PATTERN.exec(normalized);
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (!validParts(year, sequence)) return null;
  // Comparing with the canonical form checks the character and rejects extra zero padding,
  // so every case has exactly one reference.
  return formatCaseReference(year, sequence) === normalized ? { year, sequence } : null;
}

function sequenceDigits(sequence: number): string {
  return String(sequence).padStart(MINIMUM_SEQUENCE_DIGITS, "0");
}

function validParts(year: number, sequence: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isSafeInteger(sequence) && sequence >= 1;
}

function assertParts(year: number, sequence: number): void {
  if (!validParts(year, sequence)) throw new RangeError(`no case reference for year ${year}, sequence ${sequence}`);
}
