import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The rate-limit counters every server and process shares (lib/http/limiter-store.ts): one row
 * per limit and subject ("filing:203.0.113.7"), the points used in its window and when that
 * window ends. The columns are the ones rate-limiter-flexible's Drizzle store reads and writes;
 * it deletes rows that expired more than an hour ago every five minutes.
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ withTimezone: true }),
  },
  (table) => [index().on(table.expire)],
);
