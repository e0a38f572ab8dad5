// The published figures can be recomputed from the open data (docs/rules.md#metrics): stream the
// anonymised cases of October as CSV, recompute every published figure here without lib/domain, and
// compare with the live scorecards and the frozen snapshots, on PGlite and PostgreSQL.
import { parse } from "csv-parse/sync";
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { caseContacts, cases, units } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { Rate } from "@/lib/domain/metrics/unit-metrics";
import { CASE_COLUMNS, SCORECARD_COLUMNS } from "@/lib/domain/open-data/columns";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { type PeriodScorecards, type Scorecard, periodScorecards } from "@/lib/services/metrics/unit-scorecard";
import { openDataFile } from "@/lib/services/open-data/download";
import { DEFAULT_SETTINGS } from "@/lib/services/settings";
import { freezeFinishedPeriods } from "@/lib/services/scorecards/freeze";
import { periodAt } from "@/lib/services/scorecards/periods";
import { publishedScorecards } from "@/lib/services/scorecards/snapshots";
import { openDataQuerySchema } from "@/lib/validation/open-data";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const MINIMUM = 10;
const SEED_CASES = 2500;

type CsvRow = Record<string, string>;

async function download(
  connection: Connection,
  calendar: WorkingCalendar,
  dataset: "cases.csv" | "cases.json" | "scorecards.csv",
  query: Record<string, string>,
): Promise<string> {
  const file = openDataFile(connection.db, calendar, dataset, openDataQuerySchema.parse(query), { batchSize: 97 });
  // Response.text() would drop the byte order mark the test wants to see.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(file.stream).arrayBuffer());
}

/**
 * The figures of docs/rules.md#metrics of a set of case rows, straight from the documented formulas. Ratings are
 * published only in aggregate: their numerators come from the unit's scorecard row.
 */
function recompute(rows: CsvRow[], published: CsvRow | undefined, returns: number[]) {
  const rated = rows.filter((row) => row.rated === "true");
  const signedFor = rows.filter((row) => row.signed_for_on_time !== "");
  const days = rows.map((row) => Number(row.working_days_to_reply || 0)).sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const numerator = (key: string) => (published?.[key] ? Number(published[key]) : Number.NaN);
  const contacted = numerator("response_numerator");
  const solved = numerator("resolution_numerator");
  const satisfaction = numerator("satisfaction_numerator");
  return {
    replied: rows.length,
    rated: rated.length,
    response: [contacted, rated.length],
    resolution: [solved, rated.length],
    satisfaction: [satisfaction, rated.length],
    onTimeSignFor: [signedFor.filter((row) => row.signed_for_on_time === "true").length, signedFor.length],
    onTimeReply: [rows.filter((row) => row.replied_on_time === "true").length, rows.length],
    dispute: returns,
    rehandling: [rows.filter((row) => Number(row.rehandle_count) > 0).length, rows.length],
    median:
      days.length === 0 ? null : days.length % 2 === 1 ? days[mid] : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2,
    overdue: rows.filter((row) => row.replied_on_time === "false").length,
    score:
      rated.length >= MINIMUM
        ? Math.round(10 * 100 * ((0.1 * contacted + 0.4 * satisfaction + 0.5 * solved) / rated.length) + 1e-9) / 10
        : null,
  };
}

/**
 * The return rate's numerator and denominator for a unit (or the city, code null) over all the replied rows: each
 * case counts once for its unit_code and for every unit in returned_by_unit_codes; returned if the unit is there.
 */
function returnCounts(rows: CsvRow[], code: string | null): number[] {
  let returned = 0;
  let base = 0;
  for (const row of rows) {
    const by = new Set((row.returned_by_unit_codes ?? "").split(" ").filter(Boolean));
    const charged = new Set([row.unit_code ?? "", ...by]);
    if (code === null) {
      base += charged.size;
      returned += by.size;
    } else if (charged.has(code)) {
      base += 1;
      if (by.has(code)) returned += 1;
    }
  }
  return [returned, base];
}

function expectRate(actual: Rate, [numerator, denominator]: number[]) {
  if ((denominator ?? 0) < MINIMUM) {
    expect(actual).toMatchObject({ kind: "too_few", sample: denominator });
    return;
  }
  expect(actual.kind).toBe("rate");
  if (actual.kind !== "rate") return;
  expect(actual.denominator).toBe(denominator);
  expect(actual.value).toBeCloseTo((numerator ?? Number.NaN) / (denominator ?? Number.NaN), 12);
}

function expectSameFigures(card: Scorecard, expected: ReturnType<typeof recompute>) {
  const { metrics } = card;
  expect(metrics.casesReplied).toBe(expected.replied);
  expect(metrics.ratedCases).toBe(expected.rated);
  expectRate(metrics.responseRate, expected.response);
  expectRate(metrics.resolutionRate, expected.resolution);
  expectRate(metrics.satisfactionRate, expected.satisfaction);
  expectRate(metrics.onTimeSignForRate, expected.onTimeSignFor);
  expectRate(metrics.onTimeReplyRate, expected.onTimeReply);
  expectRate(metrics.disputeRate, expected.dispute);
  expectRate(metrics.rehandlingRate, expected.rehandling);
  expect(metrics.medianWorkingDaysToReply).toBe(expected.median);
  expect(metrics.overdueCount).toBe(expected.overdue);
  expect(metrics.compositeScore.kind === "score" ? metrics.compositeScore.value : null).toBe(expected.score);
}

describe.each(TEST_TARGETS)("open data on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;
  let csv: string;
  let rows: CsvRow[];
  let scorecardRows: CsvRow[];
  let live: PeriodScorecards;
  let unitIds: Map<string, number>;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: SEED_CASES, now: NOW }));
    calendar = await loadCalendar(connection.db, NOW.getTime());
    await freezeFinishedPeriods({
      db: connection.db,
      now: NOW,
      calendar,
      settings: { ...DEFAULT_SETTINGS, minimumSample: MINIMUM },
      appUrl: "http://localhost:3000",
    });
    csv = await download(connection, calendar, "cases.csv", { from: "2026-10", to: "2026-10", by: "replied" });
    rows = parse(csv, { bom: true, columns: true }) as CsvRow[];
    scorecardRows = parse(
      await download(connection, calendar, "scorecards.csv", { kind: "month", from: "2026-10", to: "2026-10" }),
      { bom: true, columns: true },
    ) as CsvRow[];
    live = await periodScorecards(connection.db, periodAt(calendar, "month", new Date("2026-10-15T00:00:00Z")), {
      minimumSample: MINIMUM,
    });
    unitIds = new Map(
      (await connection.db.select({ id: units.id, code: units.code }).from(units)).map((unit) => [unit.code, unit.id]),
    );
  }, 240_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("writes the documented columns only, after a UTF-8 byte order mark", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1, csv.indexOf("\r\n")).split(",")).toEqual(CASE_COLUMNS.map((column) => column.key));
    expect(rows.length).toBeGreaterThan(100);
    const october = [calendar.startOfLocalDay("2026-10-01"), calendar.startOfLocalDay("2026-11-01")];
    for (const row of rows) {
      const replied = new Date(row.replied_at ?? "");
      expect(replied >= (october[0] as Date) && replied < (october[1] as Date), row.reference).toBe(true);
    }
  });

  it("gives the city and every unit the live figures, recomputed from the CSV", () => {
    const withUnit = rows.filter((row) => row.unit_code !== "");
    const scorecardOf = (code: string) => scorecardRows.find((row) => row.unit_code === code);
    expectSameFigures(live.city, recompute(withUnit, scorecardOf(""), returnCounts(withUnit, null)));
    const codes = new Set(withUnit.map((row) => row.unit_code ?? ""));
    expect(codes.size).toBeGreaterThan(5);
    let rated = 0;
    for (const code of codes) {
      const expected = recompute(
        withUnit.filter((row) => row.unit_code === code),
        scorecardOf(code),
        returnCounts(withUnit, code),
      );
      if (expected.rated >= MINIMUM) rated += 1;
      // A small cell keeps its ratings to itself: no numerator below the minimum sample.
      else expect(scorecardOf(code)?.satisfaction_numerator ?? "").toBe("");
      expectSameFigures(live.forUnit(unitIds.get(code) ?? -1), expected);
    }
    expect(rated, "some units have real rates, not only too few cases").toBeGreaterThan(0);
  });

  it("froze October with the same figures, for the city and every active unit", async () => {
    const frozen = await publishedScorecards(connection.db, {
      periodKind: "month",
      periodStart: calendar.startOfLocalDay("2026-10-01"),
    });
    expect(frozen.get(null)?.version).toBe(1);
    expect(frozen.get(null)?.scorecard).toEqual(live.city);
    const withUnit = rows.filter((row) => row.unit_code !== "");
    for (const [code, id] of unitIds) {
      const snapshot = frozen.get(id);
      if (!snapshot) continue;
      expectSameFigures(
        snapshot.scorecard,
        recompute(
          withUnit.filter((row) => row.unit_code === code),
          scorecardRows.find((row) => row.unit_code === code),
          returnCounts(withUnit, code),
        ),
      );
    }
    expect(frozen.size).toBeGreaterThan(live.byUnit.size);
  });

  it("publishes the frozen scorecards with the same composite scores", async () => {
    const text = await download(connection, calendar, "scorecards.csv", {
      kind: "month",
      from: "2026-10",
      to: "2026-10",
    });
    const published = parse(text, { bom: true, columns: true }) as CsvRow[];
    expect(Object.keys(published[0] ?? {})).toEqual(SCORECARD_COLUMNS.map((column) => column.key));
    const city = published.find((row) => row.unit_code === "");
    expect(city?.period).toBe("2026-10");
    expect(city?.cases_replied).toBe(String(live.city.metrics.casesReplied));
    for (const row of published.filter((r) => r.unit_code !== "")) {
      const card = live.forUnit(unitIds.get(row.unit_code ?? "") ?? -1);
      expect(row.composite_score).toBe(
        card.metrics.compositeScore.kind === "score" ? String(card.metrics.compositeScore.value) : "",
      );
      expect(row.grade).toBe(card.grade ?? "");
    }
  });

  it("writes the same cases as JSON", async () => {
    const json = JSON.parse(
      await download(connection, calendar, "cases.json", { from: "2026-10", to: "2026-10", by: "replied" }),
    ) as Record<string, unknown>[];
    expect(json).toHaveLength(rows.length);
    expect(Object.keys(json[0] ?? {})).toEqual(CASE_COLUMNS.map((column) => column.key));
    expect(json.map((row) => row.reference)).toEqual(rows.map((row) => row.reference));
  });

  it("never writes contact data, case text or coordinates", async () => {
    const [target] = await connection.db
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .where(isNotNull(cases.leadUnitId))
      .limit(1);
    if (!target) throw new Error("no case with a unit");
    await connection.db
      .update(cases)
      .set({
        title: "Secret title 7f3a",
        description: "Secret description 9c1e",
        latitude: 29.123457,
        longitude: 106.654321,
        street: "Secret street 42",
      })
      .where(eq(cases.id, target.id));
    await connection.db
      .insert(caseContacts)
      .values({
        caseId: target.id,
        name: "Zhang Secretname",
        phone: "13912345678",
        email: "secret@example.test",
        idNumber: "110101199001011234",
        address: "Secret address 8",
      })
      .onConflictDoUpdate({
        target: caseContacts.caseId,
        set: {
          name: "Zhang Secretname",
          phone: "13912345678",
          email: "secret@example.test",
          idNumber: "110101199001011234",
          address: "Secret address 8",
        },
      });
    const all = await download(connection, calendar, "cases.csv", {});
    expect(all).toContain(target.reference);
    for (const secret of [
      "Secret",
      "13912345678",
      "secret@example.test",
      "110101199001011234",
      "29.123457",
      "106.654321",
    ])
      expect(all).not.toContain(secret);
    // Knowing a reference tells whether the case was rated, never how: no rating in any case row.
    expect(all).not.toMatch(/satisfied/);
  });
});
