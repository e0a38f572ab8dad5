// npm run db:generate-load -- --cases 1000000 [--templates 4000] [--now 2026-11-26T08:00:00Z] [--reset]
// Fills the PostgreSQL database named by DATABASE_URL with a year of realistic cases for the
// scale benchmark (scripts/bench-transparency.ts). It seeds the demo city (db/seed) with a few
// thousand simulated cases, then copies them in SQL (INSERT … SELECT over generate_series) to the
// requested count, each copy moved by a random whole number of days within the year: the seed's
// mix of categories, districts, units, channels, durations, frozen facts and ratings is kept.
// Copies get feedback rows and empty contact rows, but no event history (5 hashed events per
// case would triple the time and no figure reads them). The portal rollups are rebuilt at the end.
import "./load-env";
import { sql } from "drizzle-orm";
import { closeDb, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { reserveReferenceNumbers } from "@/lib/services/cases/reference-numbers";
import { rowsOf } from "@/db/client";
import { refreshRollups } from "@/lib/services/portal/refresh-rollups";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const CASES = Number(option("cases") ?? 1_000_000);
const TEMPLATES = Number(option("templates") ?? 4000);
const NOW = new Date(option("now") ?? new Date().toISOString());
/** Copies are numbered from here, far above any sequence the seed or a year of filing uses. */
const SEQUENCE_BASE = 10_000_000;
const CHECK_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXY";

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  if (!Number.isInteger(CASES) || CASES < TEMPLATES)
    throw new Error(`--cases must be a whole number ≥ --templates (${TEMPLATES})`);
  const { driver, db } = await getConnection();
  if (driver !== "postgres") throw new Error("the load generator needs PostgreSQL: set DATABASE_URL");
  const [{ name } = { name: "" }] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  if (!/load|bench/.test(name) && !args.includes("--reset")) {
    throw new Error(`refusing to wipe database "${name}": use a database named *load* or *bench*, or pass --reset`);
  }
  const started = Date.now();
  await db.execute(
    sql.raw(
      "drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade; create schema public;",
    ),
  );
  await migrateDatabase();
  await db.transaction((tx) => seedDatabase(tx, { cases: TEMPLATES, now: NOW }));
  const calendar = await loadCalendar(db, NOW.getTime());
  console.log(`seeded ${TEMPLATES} template cases in ${seconds(started)}`);

  const copies = CASES - TEMPLATES;
  const at = sql`${NOW.toISOString()}::timestamptz`;
  const zone = calendar.timeZone;
  await db.transaction(async (tx) => {
    // The rollups are rebuilt once at the end; logging two million changes would only slow the load.
    await tx.execute(sql`alter table cases disable trigger portal_log_case_change`);
    await tx.execute(sql`alter table case_feedback disable trigger portal_log_feedback_change`);
    await tx.execute(sql`select setseed(0.4242)`);
    await tx.execute(
      sql.raw(`create function pg_temp.reference_check(y int, s bigint) returns text language sql immutable as $$
      select substr('${CHECK_ALPHABET}', (sum(substr(x.d, i, 1)::int * i) % 31)::int + 1, 1)
      from (select y::text || lpad(s::text, 6, '0') as d) x, generate_series(1, length(x.d)) i $$`),
    );
    // Each template may move back to a year before NOW and forward until its last milestone is NOW;
    // a case still open stays within the last week, where open cases are.
    await tx.execute(sql`create temp table load_templates on commit drop as
      select row_number() over (order by c.id) - 1 as rn, c.id,
        case when c.closed_at is null and c.replied_at is null then -7
          else ceil(extract(epoch from (${at} - interval '365 days') - c.created_at) / 86400) end::int as lo,
        case when c.closed_at is null and c.replied_at is null then 0
          else floor(extract(epoch from ${at} - greatest(c.created_at, c.replied_at, c.closed_at, c.signed_for_at, c.contacted_at, c.updated_at,
            (select max(f.created_at) from case_feedback f where f.case_id = c.id))) / 86400) end::int as hi
      from cases c where c.status <> 'merged'`);
    const [{ templates } = { templates: 0 }] = rowsOf<{ templates: number }>(
      await tx.execute(sql`select count(*)::int as templates from load_templates`),
    );
    await tx.execute(sql`create temp table load_plan on commit drop as
      select g, t.id as template_id, make_interval(days => t.lo + floor(random() * (greatest(t.hi - t.lo, 0) + 1))::int) as shift
      from generate_series(1, ${copies}::int) g join load_templates t on t.rn = g % ${templates}::int`);
    await tx.execute(sql`alter table load_plan add column year int`);
    await tx.execute(
      sql`update load_plan p set year = extract(year from (c.created_at + p.shift) at time zone ${zone})::int from cases c where c.id = p.template_id`,
    );
    console.log(`planned ${copies} copies of ${templates} templates in ${seconds(started)}`);

    // Every column of cases is copied, timestamps moved by the plan's shift; identity and
    // per-case keys are new. Columns added later by other features are copied as they are.
    const columns = rowsOf<{ column_name: string; data_type: string; is_identity: string }>(
      await tx.execute(sql`select column_name, data_type, is_identity from information_schema.columns
        where table_schema = 'public' and table_name = 'cases' order by ordinal_position`),
    ).filter((column) => column.is_identity !== "YES");
    const fresh: Record<string, string> = {
      reference: `p.year::text || '-' || (${SEQUENCE_BASE} + p.g)::text || '-' || pg_temp.reference_check(p.year, ${SEQUENCE_BASE} + p.g)`,
      reference_year: "p.year",
      reference_sequence: `${SEQUENCE_BASE} + p.g`,
      idempotency_key: "null",
      citizen_user_id: "null",
      merged_into_id: "null",
    };
    const expressions = columns.map(
      ({ column_name, data_type }) =>
        fresh[column_name] ?? (data_type.startsWith("timestamp") ? `t.${column_name} + p.shift` : `t.${column_name}`),
    );
    await tx.execute(
      sql.raw(`insert into cases (${columns.map((c) => `"${c.column_name}"`).join(", ")})
      select ${expressions.join(", ")} from load_plan p join cases t on t.id = p.template_id order by p.g`),
    );
    console.log(`inserted ${copies} cases in ${seconds(started)}`);
    await tx.execute(
      sql`insert into case_contacts (case_id) select id from cases where reference_sequence > ${SEQUENCE_BASE}`,
    );
    // Ratings follow their case; the citizen's comment may hold personal data and is not copied.
    await tx.execute(sql`insert into case_feedback (case_id, round, contacted, solved, satisfaction, unit_id, created_at)
      select c.id, f.round, f.contacted, f.solved, f.satisfaction, f.unit_id, f.created_at + p.shift
      from load_plan p join cases c on c.reference_year = p.year and c.reference_sequence = ${SEQUENCE_BASE} + p.g
      join case_feedback f on f.case_id = p.template_id`);
    console.log(`inserted contacts and feedback in ${seconds(started)}`);
    const years = rowsOf<{ year: number }>(await tx.execute(sql`select distinct year from load_plan`));
    for (const { year } of years) await reserveReferenceNumbers(tx, year, SEQUENCE_BASE + copies);
    await tx.execute(sql`alter table cases enable trigger portal_log_case_change`);
    await tx.execute(sql`alter table case_feedback enable trigger portal_log_feedback_change`);
  });
  await db.execute(sql`analyze`);
  const rebuildStarted = Date.now();
  const result = await refreshRollups(db, { timeZone: zone, now: NOW, rebuild: true });
  console.log(`rebuilt the portal rollups (${result.days} days) in ${seconds(rebuildStarted)}`);
  await db.execute(sql`vacuum analyze`);
  const [{ total } = { total: 0 }] = rowsOf<{ total: number }>(
    await db.execute(sql`select count(*)::int as total from cases`),
  );
  console.log(`GENERATED cases=${total} seconds=${((Date.now() - started) / 1000).toFixed(0)}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
