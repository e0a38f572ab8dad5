import "server-only";
import { sql } from "drizzle-orm";
import { type Queryable, rowsOf } from "@/db/client";

// One PostgreSQL sequence per year: nextval takes no row lock and needs no commit of its own, so
// filings neither queue behind a counter row nor pay an extra commit. A failed filing leaves a gap.

// Per database object: tests open several databases in one process.
const ensured = new WeakMap<object, Set<number>>();

function sequenceName(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad reference year ${year}`);
  return `case_reference_${year}`;
}

/** Creates the year's sequence if needed (once per process). Call outside a transaction. */
export async function ensureReferenceSequence(db: Queryable, year: number): Promise<void> {
  const years = ensured.get(db) ?? new Set<number>();
  if (years.has(year)) return;
  try {
    // The app's role may not create objects: a function of the schema owner's does (migration 0019).
    sequenceName(year);
    await db.execute(sql`select ensure_case_reference_sequence(${year}::int)`);
  } catch (error) {
    // Two processes creating it at once: the other one won, which is all we need.
    const code =
      (error as { code?: string; cause?: { code?: string } }).code ??
      (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "23505" && code !== "42P07") throw error;
  }
  years.add(year);
  ensured.set(db, years);
}

export async function nextReferenceNumber(db: Queryable, year: number): Promise<number> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql.raw(`select nextval('${sequenceName(year)}')::int as n`)),
  );
  return Number(row?.n);
}

/** After an import or the seed: the numbers up to `last` are taken. */
export async function reserveReferenceNumbers(db: Queryable, year: number, last: number): Promise<void> {
  await ensureReferenceSequence(db, year);
  if (last < 1) return;
  const name = sequenceName(year);
  await db.execute(
    sql.raw(
      `select setval('${name}', greatest(${Math.floor(last)}, (select case when is_called then last_value else 0 end from ${name})))`,
    ),
  );
}
