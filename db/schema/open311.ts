import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { cases } from "./cases";

const tz = { withTimezone: true } as const;

/**
 * A client of the Open311 GeoReport v2 server (docs/open311.md): a FixMyStreet installation, an
 * app or a partner system, issued one API key by an admin. Only the key's hash is kept; the key
 * is shown once. A revoked client's key is refused (403) but the row stays for the audit trail.
 */
export const open311Clients = pgTable(
  "open311_clients",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull().unique(),
    /** The key's first characters, shown in the admin list so an admin can tell keys apart. */
    keyPrefix: text().notNull(),
    keyHash: text().notNull().unique(),
    /** The client's own rate limit for service requests (POST), per minute; also its burst. */
    requestsPerMinute: integer().notNull().default(30),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp(tz).notNull().defaultNow(),
    revokedAt: timestamp(tz),
  },
  (t) => [
    check("open311_clients_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check("open311_clients_rate", sql`${t.requestsPerMinute} between 1 and 600`),
    check("open311_clients_key_hash", sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * A service request received through Open311: the token the client may poll (tokens/{token}),
 * which client sent it, and the media_url it gave (a link to the client's photo, never fetched
 * and never published; docs/open311.md#post-requests).
 */
export const open311Requests = pgTable(
  "open311_requests",
  {
    token: text().primaryKey(),
    clientId: integer()
      .notNull()
      .references(() => open311Clients.id),
    caseId: integer()
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: "cascade" }),
    mediaUrl: text(),
    createdAt: timestamp(tz).notNull().defaultNow(),
  },
  (t) => [
    check("open311_requests_token", sql`${t.token} ~ '^[0-9a-f-]{36}$'`),
    check("open311_requests_media_url", sql`${t.mediaUrl} is null or char_length(${t.mediaUrl}) <= 2000`),
    index("open311_requests_client_idx").on(t.clientId, t.createdAt),
  ],
);
