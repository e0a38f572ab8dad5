import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { type LocalPeriod, periodContaining, shiftPeriod } from "@/lib/domain/metrics/periods";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { periodScorecards } from "@/lib/services/metrics/unit-scorecard";
import { rowsOf } from "@/db/client";
import { refreshRollups } from "@/lib/services/portal/refresh-rollups";
import { categoryTotals, districtReceived } from "@/lib/services/portal/rollup-queries";
import { rollupScorecards } from "@/lib/services/portal/scorecards";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const OPTIONS = { minimumSample: 10 };
const SEED_CASES = 2500;

function periodsToCompare(calendar: WorkingCalendar): LocalPeriod[] {
  const today = calendar.localDate(NOW);
  const month = periodContaining("month", today);
  return [
    ...Array.from({ length: 13 }, (_, back) => shiftPeriod(month, -back)),
    periodContaining("quarter", today),
    shiftPeriod(periodContaining("quarter", today), -1),
    periodContaining("year", today),
    shiftPeriod(periodContaining("year", today), -1),
  ];
}

async function expectSameFigures(connection: Connection, calendar: WorkingCalendar) {
  for (const period of periodsToCompare(calendar)) {
    const instants = {
      month: period.key,
      from: calendar.startOfLocalDay(period.startDate),
      to: calendar.startOfLocalDay(period.endDate),
    };
    const [naive, rolled] = await Promise.all([
      periodScorecards(connection.db, instants, OPTIONS),
      rollupScorecards(connection.db, period, OPTIONS),
    ]);
    expect(rolled.city, period.key).toEqual(naive.city);
    expect(
      [...rolled.byUnit.keys()].sort((a, b) => a - b),
      period.key,
    ).toEqual([...naive.byUnit.keys()].sort((a, b) => a - b));
    for (const [unitId, scorecard] of naive.byUnit)
      expect(rolled.forUnit(unitId), `${period.key} unit ${unitId}`).toEqual(scorecard);
  }
}

async function expectSameIntake(connection: Connection, calendar: WorkingCalendar) {
  const year = periodContaining("year", calendar.localDate(NOW));
  const from = calendar.startOfLocalDay(shiftPeriod(year, -1).startDate).toISOString();
  const range = { startDate: shiftPeriod(year, -1).startDate, endDate: year.endDate };
  const expected = rowsOf<{ category_id: number; received: number; closed: number }>(
    await connection.db
      .execute(sql`select category_id, count(*) filter (where created_at >= ${from}::timestamptz)::int as received,
      count(*) filter (where closed_at >= ${from}::timestamptz)::int as closed
      from cases group by category_id having count(*) filter (where created_at >= ${from}::timestamptz or closed_at >= ${from}::timestamptz) > 0 order by 1`),
  );
  const totals = await categoryTotals(connection.db, range);
  const actual = totals
    .filter((row) => row.received > 0 || row.closed > 0)
    .map((row) => ({ category_id: row.categoryId, received: row.received, closed: row.closed }))
    .sort((a, b) => a.category_id - b.category_id);
  expect(actual).toEqual(expected);
  const districts = rowsOf<{ district_id: number; received: number }>(
    await connection.db.execute(
      sql`select district_id, count(*)::int as received from cases where district_id is not null and created_at >= ${from}::timestamptz group by 1 order by 1`,
    ),
  );
  const rolled = await districtReceived(connection.db, range);
  expect(
    [...rolled]
      .map(([district_id, received]) => ({ district_id, received }))
      .sort((a, b) => a.district_id - b.district_id),
  ).toEqual(districts);
}

async function rollupTables(connection: Connection) {
  const dump = async (table: string) =>
    rowsOf(
      await connection.db.execute(
        sql.raw(`select * from ${table} order by 1, 2${table.includes("reply") ? ", 3" : ""}`),
      ),
    );
  const tables = ["unit", "unit_reply", "category", "district"].flatMap((name) => [
    `portal_${name}_days`,
    `portal_${name}_months`,
  ]);
  return Promise.all(tables.map(dump));
}

describe.each(TEST_TARGETS)("portal rollups on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: SEED_CASES, now: NOW }));
    calendar = await loadCalendar(connection.db, NOW.getTime());
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("rebuilds every day on the first run, then equals the figures computed from the cases", async () => {
    const first = await refreshRollups(connection.db, { timeZone: calendar.timeZone, now: NOW });
    expect(first.rebuilt).toBe(true);
    expect(first.days).toBeGreaterThan(300);
    await expectSameFigures(connection, calendar);
    await expectSameIntake(connection, calendar);
  });

  it("has nothing to do when nothing changed", async () => {
    expect(await refreshRollups(connection.db, { timeZone: calendar.timeZone, now: NOW })).toEqual({
      rebuilt: false,
      days: 0,
    });
  });

  it("follows feedback, re-replies, reassignments and deletions, recomputing only the days they touch", async () => {
    const db = connection.db;
    const [unrated] = rowsOf<{ id: number; lead_unit_id: number }>(
      await db.execute(sql`select id, lead_unit_id from cases c where replied_at is not null and lead_unit_id is not null
        and not exists (select 1 from case_feedback f where f.case_id = c.id) order by id limit 1`),
    );
    const [rated] = rowsOf<{ id: number }>(
      await db.execute(sql`select case_id as id from case_feedback where round = 0 order by case_id limit 1 offset 3`),
    );
    const [other] = rowsOf<{ id: number }>(
      await db.execute(sql`select id from units where id <> ${unrated?.lead_unit_id ?? 0} order by id limit 1`),
    );
    const [moved] = rowsOf<{ id: number }>(
      await db.execute(
        sql`select id from cases where replied_at < now() - interval '100 days' and lead_unit_id is not null order by id limit 1 offset 7`,
      ),
    );
    if (!unrated || !rated || !other || !moved) throw new Error("seed lacks the cases this test needs");

    await db.execute(
      sql`insert into case_feedback (case_id, round, contacted, solved, satisfaction, unit_id) values (${unrated.id}, 0, true, false, 'basically_satisfied', ${unrated.lead_unit_id})`,
    );
    await db.execute(sql`insert into case_feedback (case_id, round, contacted, solved, satisfaction, unit_id)
      select case_id, 1, false, true, 'very_dissatisfied', unit_id from case_feedback where case_id = ${rated.id} and round = 0`);
    // Replied again three weeks later by another unit, late: it leaves its old day and unit.
    await db.execute(sql`update cases set replied_at = replied_at + interval '21 days', lead_unit_id = ${other.id}, replied_on_time = false,
      working_days_to_reply = 17, rehandle_count = rehandle_count + 1 where id = ${moved.id}`);
    await db.execute(sql`update cases set title = 'A title change touches no figure' where id = ${unrated.id}`);
    await db.execute(
      sql`delete from case_feedback where case_id = (select case_id from case_feedback where round = 0 order by case_id limit 1 offset 11)`,
    );

    const result = await refreshRollups(db, { timeZone: calendar.timeZone, now: NOW });
    expect(result.rebuilt).toBe(false);
    expect(result.days).toBeGreaterThan(0);
    expect(result.days).toBeLessThan(15);
    await expectSameFigures(connection, calendar);

    const incremental = await rollupTables(connection);
    await refreshRollups(db, { timeZone: calendar.timeZone, now: NOW, rebuild: true });
    expect(await rollupTables(connection)).toEqual(incremental);
  });
});
