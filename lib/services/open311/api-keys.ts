import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "@/db/client";
import { findOpen311ClientByKeyHash } from "@/db/queries/open311";
import { AppError } from "@/lib/errors";

// An Open311 API key: "o311_" and 32 random bytes in base64url. Only its SHA-256 is stored (a
// key is long and random, so a plain hash suffices, unlike a password); the first characters
// are kept to tell keys apart in the admin list.
const KEY_PREFIX = "o311_";
/** How much of the key the admin list shows. */
export const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 6;

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key.trim()).digest("hex");
}

/** The client holding this key; a missing, unknown or revoked key is the spec's 403. */
export async function authenticateClient(db: Queryable, key: string | undefined) {
  const given = key?.trim() ?? "";
  if (given === "") throw new AppError("forbidden", "no api_key", { api_key: ["apiKeyMissing"] });
  const client = given.startsWith(KEY_PREFIX) ? await findOpen311ClientByKeyHash(db, hashApiKey(given)) : null;
  if (!client || client.revokedAt !== null)
    throw new AppError("forbidden", "unknown or revoked api_key", { api_key: ["apiKeyInvalid"] });
  return client;
}
