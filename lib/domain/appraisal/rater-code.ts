// One-time codes for invited raters: 12 characters in three groups, "K7QM-3XHP-N4TB", from the
// 31-character alphabet without look-alikes (no I, O, 0, 1) that case references use, the last
// one a check character so a typo is caught before the database is asked. 11 random characters
// give 31¹¹ ≈ 2.5 × 10¹⁶ codes: guessing one is hopeless within the rate limit.

export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY";
const RANDOM_CHARACTERS = 11;
const MODULUS = CODE_ALPHABET.length; // 31, prime

/** The code from 11 random bytes (the caller supplies them, so this stays pure and testable). */
export function raterCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_CHARACTERS) throw new RangeError(`need ${RANDOM_CHARACTERS} random bytes`);
  // 256 is not a multiple of 31; rejection sampling is done by the caller with spare bytes,
  // so here only bytes below 248 (= 8 × 31) are accepted.
  let body = "";
  for (const byte of bytes) {
    if (body.length === RANDOM_CHARACTERS) break;
    if (byte < 248) body += CODE_ALPHABET[byte % MODULUS];
  }
  if (body.length < RANDOM_CHARACTERS) throw new RangeError("not enough unbiased random bytes");
  return group(body + checkCharacter(body));
}

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += CODE_ALPHABET.indexOf(body[i] ?? "") * (i + 1);
  return CODE_ALPHABET[sum % MODULUS] ?? "";
}

function group(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** The canonical code from what a person typed (any case, spaces or dashes), or null if it cannot be one. */
export function normalizeRaterCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== RANDOM_CHARACTERS + 1) return null;
  if ([...compact].some((c) => !CODE_ALPHABET.includes(c))) return null;
  const body = compact.slice(0, RANDOM_CHARACTERS);
  return checkCharacter(body) === compact.slice(RANDOM_CHARACTERS) ? group(compact) : null;
}
