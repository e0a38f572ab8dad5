import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, rowsOf } from "@/db/client";
import { findPublicCase, listPublicTimeline } from "@/db/queries/public-cases";
import { caseContacts, cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { PUBLIC_EVENTS } from "@/lib/domain/cases/lifecycle";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { type MonthPeriod, monthPeriod } from "@/lib/services/metrics/month-period";
import { type PeriodScorecards, periodScorecards, unitMonthlyScorecards } from "@/lib/services/metrics/unit-scorecard";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const MINIMUM = 10;
// 600 cases spread over 30 units and 12 months leave no unit with 10 rated cases in a month;
// 2,500 give a few, so the comparison covers real rates as well as "too few cases".
const SEED_CASES = 2500;

interface ExpectedRow {
  unitId: number;
  replied: number;
  rated: number;
  contacted: number;
  solved: number;
  satisfactionPoints: number;
  onTime: number;
}

describe.each(TEST_TARGETS)("public figures on $name", (target) => {
  let connection: Connection;
  let period: MonthPeriod;
  let expected: ExpectedRow[];
  let scorecards: PeriodScorecards;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: SEED_CASES, now: NOW }));
    // October 2026, the last full month before NOW, through the calendar the pages use.
    period = monthPeriod(await loadCalendar(connection.db, NOW.getTime()), NOW, 1);
    scorecards = await periodScorecards(connection.db, period, { minimumSample: MINIMUM });

    // The same figures written directly in SQL, with the month's bounds in Beijing time and the
    // latest rating found by max(round) rather than distinct on.
    const result = await connection.db.execute(sql`
      with latest as (
        select f.case_id, f.contacted, f.solved, f.satisfaction from case_feedback f
        where f.round = (select max(g.round) from case_feedback g where g.case_id = f.case_id)
      )
      select c.lead_unit_id as "unitId",
        count(*)::int as "replied",
        count(l.case_id)::int as "rated",
        count(*) filter (where l.contacted)::int as "contacted",
        count(*) filter (where l.solved)::int as "solved",
        coalesce(sum(case l.satisfaction when 'very_satisfied' then 10 when 'satisfied' then 10 when 'basically_satisfied' then 9 else 0 end), 0)::int as "satisfactionTenths",
        count(*) filter (where c.replied_on_time)::int as "onTime"
      from cases c left join latest l on l.case_id = c.id
      where c.lead_unit_id is not null
        and c.replied_at >= timestamptz '2026-10-01 00:00:00+08'
        and c.replied_at < timestamptz '2026-11-01 00:00:00+08'
      group by c.lead_unit_id
      order by count(l.case_id) desc, c.lead_unit_id`);
    expected = rowsOf<Omit<ExpectedRow, "satisfactionPoints"> & { satisfactionTenths: number }>(result).map(
      ({ satisfactionTenths, ...row }) => ({
        ...row,
        satisfactionPoints: satisfactionTenths / 10,
      }),
    );
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("counts October in Beijing time", () => {
    expect(period.month).toBe("2026-10");
    expect(period.from.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(period.to.toISOString()).toBe("2026-10-31T16:00:00.000Z");
  });

  it("gives the busiest unit the rates an independent SQL recomputation gives", () => {
    const top = expected[0];
    expect(top, "a unit with replies in October").toBeDefined();
    if (!top) return;
    expect(top.rated).toBeGreaterThanOrEqual(MINIMUM);
    const { metrics, grade, light } = scorecards.forUnit(top.unitId);
    expect(metrics.casesReplied).toBe(top.replied);
    expect(metrics.ratedCases).toBe(top.rated);
    expect(metrics.notRated).toBe(top.replied - top.rated);
    expect(metrics.responseRate).toEqual({
      kind: "rate",
      value: top.contacted / top.rated,
      numerator: top.contacted,
      denominator: top.rated,
    });
    expect(metrics.resolutionRate).toEqual({
      kind: "rate",
      value: top.solved / top.rated,
      numerator: top.solved,
      denominator: top.rated,
    });
    expect(metrics.satisfactionRate).toMatchObject({ kind: "rate", denominator: top.rated });
    if (metrics.satisfactionRate.kind !== "rate") return;
    expect(metrics.satisfactionRate.value).toBeCloseTo(top.satisfactionPoints / top.rated, 12);
    expect(metrics.onTimeReplyRate).toMatchObject({ kind: "rate", numerator: top.onTime, denominator: top.replied });
    const score =
      100 *
      (0.1 * (top.contacted / top.rated) + 0.4 * (top.satisfactionPoints / top.rated) + 0.5 * (top.solved / top.rated));
    expect(metrics.compositeScore.kind).toBe("score");
    if (metrics.compositeScore.kind !== "score") return;
    expect(Math.abs(metrics.compositeScore.value - score)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(grade).not.toBeNull();
    expect(light).not.toBeNull();
  });

  it("counts every unit's replied and rated cases as SQL does, and the city as their sum", () => {
    for (const row of expected) {
      const { metrics } = scorecards.forUnit(row.unitId);
      expect({ unitId: row.unitId, replied: metrics.casesReplied, rated: metrics.ratedCases }).toEqual({
        unitId: row.unitId,
        replied: row.replied,
        rated: row.rated,
      });
    }
    // Besides the units that replied, the units that only returned cases replied in the month: they have a
    // return rate (lib/domain/metrics/return-rate.ts) and nothing else.
    const replying = new Set(expected.map((row) => row.unitId));
    expect([...replying].every((id) => scorecards.byUnit.has(id))).toBe(true);
    for (const [id, card] of scorecards.byUnit) {
      if (replying.has(id)) continue;
      const { casesReplied, disputeRate } = card.metrics;
      const sample = disputeRate.kind === "rate" ? disputeRate.denominator : disputeRate.sample;
      expect({ id, casesReplied, returnedSome: sample > 0 }).toEqual({ id, casesReplied: 0, returnedSome: true });
    }
    expect(scorecards.city.metrics.casesReplied).toBe(expected.reduce((sum, row) => sum + row.replied, 0));
    expect(scorecards.city.metrics.ratedCases).toBe(expected.reduce((sum, row) => sum + row.rated, 0));
  });

  it("shows too few cases, never a rate or a grade, for a unit under the minimum sample", () => {
    const small = expected.find((row) => row.rated > 0 && row.rated < MINIMUM);
    expect(small, "a unit with fewer than 10 rated cases in October").toBeDefined();
    if (!small) return;
    const card = scorecards.forUnit(small.unitId);
    for (const rate of [card.metrics.responseRate, card.metrics.resolutionRate, card.metrics.satisfactionRate]) {
      expect(rate).toEqual({ kind: "too_few", sample: small.rated, minimum: MINIMUM });
    }
    expect(card.metrics.compositeScore).toEqual({ kind: "too_few", sample: small.rated, minimum: MINIMUM });
    expect(card.grade).toBeNull();
    expect(card.light).toBeNull();
  });

  it("gives a unit's page the same October figures as the overview", async () => {
    const top = expected[0];
    if (!top) return;
    const months = [monthPeriod(await loadCalendar(connection.db, NOW.getTime()), NOW, 0), period];
    const monthly = await unitMonthlyScorecards(connection.db, top.unitId, months, { minimumSample: MINIMUM });
    expect(monthly.map((m) => m.period.month)).toEqual(["2026-11", "2026-10"]);
    expect(monthly[1]?.scorecard).toEqual(scorecards.forUnit(top.unitId));
  });

  it("publishes only cases the citizen allowed, redacted with every contact field the citizen gave", async () => {
    const [hidden] = await connection.db
      .select({ reference: cases.reference })
      .from(cases)
      .where(eq(cases.mayPublish, false))
      .limit(1);
    expect(await findPublicCase(connection.db, hidden?.reference ?? "")).toBeNull();

    const [shown] = await connection.db
      .select({ id: cases.id, reference: cases.reference, name: caseContacts.name })
      .from(cases)
      .innerJoin(caseContacts, eq(caseContacts.caseId, cases.id))
      .where(and(eq(cases.mayPublish, true), isNotNull(caseContacts.name), isNotNull(cases.replyText)))
      .limit(1);
    expect(shown?.name).toBeTruthy();
    if (!shown?.name) return;
    await connection.db
      .update(caseContacts)
      .set({ phone: "021-5555 0101", email: "home.owner@example.cn", address: "88 Canal Street, flat 12" })
      .where(eq(caseContacts.caseId, shown.id));
    await connection.db
      .update(cases)
      .set({
        title: "Noise at 88 Canal Street",
        description: `I am ${shown.name}, call 13812345678 or 021 5555 0101, home.owner writes.`,
        replyText: `We called ${shown.name} back on 02155550101 at home.owner@example.cn.`,
      })
      .where(eq(cases.id, shown.id));
    const found = await findPublicCase(connection.db, shown.reference);
    const published = JSON.stringify(found);
    expect(published).not.toContain(shown.name);
    expect(published).not.toMatch(/1[3-9]\d{9}/);
    expect(published).not.toMatch(/Canal Street|5555|home\.owner/);
    expect(found?.title).toBe("Noise at ***");
    expect(found?.description).toBe("I am ***, call *** or ***, *** writes.");
    expect(found?.replyText).toBe("We called *** back on *** at ***.");
    const timeline = await listPublicTimeline(connection.db, shown.id);
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((event) => PUBLIC_EVENTS.has(event.event))).toBe(true);
  });
});
