// The anonymised cases of the open-data download (docs/rules.md#open-data), read in batches so a million
// rows never sit in memory: a server-side cursor on PostgreSQL, keyset pages (id > last) on
// PGlite, which has no cursors across its single connection. Only the columns documented in
// lib/domain/open-data/columns.ts leave the database: no contact data, no text, no coordinates,
// and no citizen's own rating (only whether they rated; ratings are published in aggregate).
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { type Queryable, sqlRows } from "@/db/client";
import type { CaseColumnKey } from "@/lib/domain/open-data/columns";
import type { CsvValue } from "@/lib/domain/open-data/csv";
import { utcTimestampSql } from "./dataset";

export type CaseRow = Record<CaseColumnKey, CsvValue>;

export interface CaseFilter {
  /** Which instant the period applies to: when the case was filed, or when a unit replied. */
  by: "created" | "replied";
  from?: Date;
  to?: Date;
}

export const DEFAULT_BATCH_SIZE = 2000;

const utc = utcTimestampSql;

function caseQuery(filter: CaseFilter, page?: { after: number; limit: number }): SQL {
  const at = filter.by === "replied" ? sql.raw("c.replied_at") : sql.raw("c.created_at");
  const conditions: SQL[] = [];
  if (filter.by === "replied") conditions.push(sql`c.replied_at is not null`);
  if (filter.from) conditions.push(sql`${at} >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`${at} < ${filter.to.toISOString()}::timestamptz`);
  if (page) conditions.push(sql`c.id > ${page.after}`);
  const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  return sql`
    select c.id as "id", c.reference as "reference", c.type::text as "type", c.channel::text as "channel", c.status::text as "status",
      ${utc("c.created_at")} as "created_at", ${utc("c.reply_due_at")} as "reply_due_at",
      ${utc("c.replied_at")} as "replied_at", ${utc("c.closed_at")} as "closed_at",
      u.code as "unit_code", u.name_zh as "unit_name_zh", u.name_en as "unit_name_en",
      cat.code as "category_code", cat.name_zh as "category_name_zh", cat.name_en as "category_name_en",
      d.code as "district_code", d.name_zh as "district_name_zh", d.name_en as "district_name_en",
      c.reply_outcome::text as "outcome", c.signed_for_on_time as "signed_for_on_time", c.replied_on_time as "replied_on_time",
      c.working_days_to_reply as "working_days_to_reply", c.dispute_count::int as "dispute_count", c.rehandle_count::int as "rehandle_count",
      exists (select 1 from case_feedback g where g.case_id = c.id) as "rated",
      (select string_agg(ru.code, ' ' order by e.id) from case_events e join units ru on ru.id = e.unit_id
        where e.case_id = c.id and e.event = 'dispute') as "returned_by_unit_codes"
    from cases c
    join categories cat on cat.id = c.category_id
    left join units u on u.id = c.lead_unit_id
    left join districts d on d.id = c.district_id
    ${where}
    order by c.id
    ${page ? sql`limit ${page.limit}` : sql``}`;
}

type RawRow = CaseRow & { id: number };

interface PostgresCursorClient {
  unsafe(query: string, params: unknown[]): { cursor(rows: number): AsyncIterable<RawRow[]> };
}

function postgresClient(db: Queryable): PostgresCursorClient | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  // postgres.js clients are functions with `unsafe`; PGlite's is an object with `query`.
  return typeof client === "function" && typeof (client as { unsafe?: unknown }).unsafe === "function"
    ? (client as unknown as PostgresCursorClient)
    : null;
}

/** How the cases are read on this database: a server-side cursor (PostgreSQL) or keyset pages (PGlite). */
export function readingMethod(db: Queryable): "cursor" | "keyset" {
  return postgresClient(db) ? "cursor" : "keyset";
}

function withoutId({ id: _id, ...row }: RawRow): CaseRow {
  return row;
}

/** The filtered cases in id order, `batchSize` rows at a time. Stopping early (return()) closes the cursor. */
export async function* caseRowBatches(
  db: Queryable,
  filter: CaseFilter,
  batchSize = DEFAULT_BATCH_SIZE,
): AsyncGenerator<CaseRow[]> {
  const client = postgresClient(db);
  if (client) {
    const query = new PgDialect().sqlToQuery(caseQuery(filter));
    for await (const rows of client.unsafe(query.sql, query.params).cursor(batchSize)) yield rows.map(withoutId);
    return;
  }
  let after = 0;
  for (;;) {
    const rows = await sqlRows<RawRow>(db, caseQuery(filter, { after, limit: batchSize }));
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map(withoutId);
    if (rows.length < batchSize) return;
    after = last.id;
  }
}
