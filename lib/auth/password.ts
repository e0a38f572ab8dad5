import "server-only";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// scrypt is a memory-hard, deliberately slow hash built into Node: no native dependency needed.
// Parameters at OWASP's Password Storage Cheat Sheet minimum for scrypt (N=2^15, r=8, p=3: 32 MiB
// per hash). Stored hashes carry their own parameters, so older ones still verify and are
// rehashed with these at the next successful sign-in (needsRehash).
const N = 2 ** 15;
const R = 8;
const P = 3;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const [, n, r, p] = stored.split("$");
  return Number(n) < N || Number(r) < R || Number(p) < P;
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for an unknown address or an account without
 * a password: how long a sign-in takes must not tell which staff accounts exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword("not a password of anyone");
  await verifyPassword(password, await dummy);
  return false;
}
