import { bigint, date, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const tz = { withTimezone: true } as const;

/**
 * A daily checkpoint of the event logs (docs/integrity.md): the heads of every case's event chain
 * and of the admin audit chain up to the given ids, hashed into one root and signed with the
 * city's Ed25519 key. Published, so a later rewrite of history shows against the published root.
 */
export const eventCheckpoints = pgTable("event_checkpoints", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  day: date({ mode: "string" }).notNull().unique(),
  maxEventId: bigint({ mode: "number" }).notNull(),
  maxAuditId: bigint({ mode: "number" }).notNull(),
  caseChains: integer().notNull(),
  root: text().notNull(),
  /** Ed25519 signature of the root (base64url), and the public key it verifies with (base64url, raw 32 bytes). */
  signature: text(),
  publicKey: text(),
  createdAt: timestamp(tz).notNull().defaultNow(),
});
