// Return paths (sign-in's `next`, the language switch's `returnTo`) are redirected to, so they are
// the classic open-redirect hole. Only a plain same-site path is kept; anything else goes home.

const ORIGIN = "https://answerable.invalid";
const MAX_LENGTH = 2000;
// Controls, DEL, every Unicode space (browsers strip or fold some of them, turning `/\t/x` into
// `//x`) and backslashes (`/\x` is `//x` to a browser).
const REFUSED = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/u;

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function plainPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !REFUSED.test(value);
}

/** The value when it is a same-site relative path, before and after one percent-decoding; else the fallback. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  const decoded = decodedOnce(value);
  if (decoded === null || !plainPath(value) || !plainPath(decoded)) return fallback;
  const resolved = new URL(value, ORIGIN);
  if (resolved.origin !== ORIGIN) return fallback;
  return value;
}
