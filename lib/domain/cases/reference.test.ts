import { describe, expect, it } from "vitest";
import { formatCaseReference, parseCaseReference, referenceCheckCharacter } from "./reference";

// A spread of years and sequences, including 7-digit sequences and the edges of the padding.
const SAMPLE: [number, number][] = [];
for (const year of [2025, 2026, 2031, 2099]) {
  for (const sequence of [1, 9, 10, 123, 4567, 99_999, 100_000, 314_159, 999_999, 1_000_000, 7_654_321]) {
    SAMPLE.push([year, sequence]);
  }
}
for (let sequence = 1; sequence <= 200; sequence += 7) SAMPLE.push([2026, sequence * 4_999]);

const DIGITS = "0123456789";
const CHECK_CHARACTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

describe("formatCaseReference", () => {
  it.each([
    [2026, 123, /^2026-000123-[2-9A-HJ-NP-Z]$/],
    [2026, 1, /^2026-000001-[2-9A-HJ-NP-Z]$/],
    [2026, 1_234_567, /^2026-1234567-[2-9A-HJ-NP-Z]$/],
  ])("%i/%i has the right shape", (year, sequence, shape) => {
    expect(formatCaseReference(year, sequence)).toMatch(shape);
  });

  it("never uses the look-alike characters I, O, 0 or 1", () => {
    for (const [year, sequence] of SAMPLE) expect(referenceCheckCharacter(year, sequence)).toMatch(/^[^IO01]$/);
  });

  it.each([
    [2026, 0],
    [2026, -5],
    [2026, 1.5],
    [999, 1],
    [10_000, 1],
  ])("rejects year %i, sequence %f", (year, sequence) => {
    expect(() => formatCaseReference(year, sequence)).toThrow(RangeError);
  });
});

describe("parseCaseReference", () => {
  it("round-trips every sampled reference", () => {
    for (const [year, sequence] of SAMPLE) {
      expect(parseCaseReference(formatCaseReference(year, sequence))).toEqual({ year, sequence });
    }
  });

  it("tolerates case and surrounding whitespace", () => {
    const reference = formatCaseReference(2026, 123);
    expect(parseCaseReference(`  ${reference.toLowerCase()}\n`)).toEqual({ year: 2026, sequence: 123 });
  });

  it.each([
    "",
    "2026-123",
    "2026-000123",
    "2026000123K",
    "2026-00123-K",
    "26-000123-K",
    "2026-000123-KK",
    "2026 000123 K",
  ])("rejects malformed %j", (input) => {
    expect(parseCaseReference(input)).toBeNull();
  });

  it("rejects extra zero padding, so a case has one reference", () => {
    const canonical = formatCaseReference(2026, 123);
    const padded = canonical.replace("-000123-", "-0000123-");
    expect(parseCaseReference(padded)).toBeNull();
  });

  it("rejects a wrong check character", () => {
    const reference = formatCaseReference(2026, 123);
    const check = reference.slice(-1);
    for (const wrong of CHECK_CHARACTERS.replace(check, "") + "IO01") {
      expect(parseCaseReference(reference.slice(0, -1) + wrong)).toBeNull();
    }
  });
});

describe("the check character catches typos", () => {
  const references = SAMPLE.map(([year, sequence]) => formatCaseReference(year, sequence));

  it("detects every single-character substitution", () => {
    let tried = 0;
    for (const reference of references) {
      for (let i = 0; i < reference.length; i++) {
        const original = reference[i] ?? "";
        const alphabet = DIGITS.includes(original) ? DIGITS : original === "-" ? "" : CHECK_CHARACTERS;
        for (const replacement of alphabet) {
          if (replacement === original) continue;
          const typo = reference.slice(0, i) + replacement + reference.slice(i + 1);
          expect(parseCaseReference(typo), `${reference} → ${typo}`).toBeNull();
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(5_000);
  });

  it("detects every adjacent transposition", () => {
    let tried = 0;
    for (const reference of references) {
      for (let i = 0; i + 1 < reference.length; i++) {
        const [a, b] = [reference[i] ?? "", reference[i + 1] ?? ""];
        if (a === b) continue;
        const swapped = reference.slice(0, i) + b + a + reference.slice(i + 2);
        expect(parseCaseReference(swapped), `${reference} → ${swapped}`).toBeNull();
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(500);
  });
});
