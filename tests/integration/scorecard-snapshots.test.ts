// Frozen scorecards (docs/rules.md#metrics, #open-data): each finished period is published once, a recomputation
// that changes the figures adds a version with its reason, and dated rules never reach back.
import { and, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Database } from "@/db/client";
import { adminAuditLog, caseEvents, caseFeedback, cases, scorecardSnapshots } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { DEFAULT_GRADE_BANDS } from "@/lib/domain/metrics/grading";
import { DEFAULT_WEIGHTS } from "@/lib/domain/metrics/unit-metrics";
import { AppError } from "@/lib/errors";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import type { ServiceContext } from "@/lib/services/context";
import { recomputePeriodByKey } from "@/lib/services/scorecards/admin-recompute";
import { SCORECARDS_AUDIT_SUBJECT, freezeFinishedPeriods, recomputePeriod } from "@/lib/services/scorecards/freeze";
import { periodAt } from "@/lib/services/scorecards/periods";
import { loadScorecardRules } from "@/lib/services/scorecards/rules";
import { saveScorecardRule } from "@/lib/services/scorecards/save-rule";
import { listFrozenPeriods, publishedScorecard } from "@/lib/services/scorecards/snapshots";
import { DEFAULT_SETTINGS } from "@/lib/services/settings";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { createSubmittedCase } from "./factories";

const NOW = new Date("2026-11-26T08:00:00Z");
const OCTOBER = new Date("2026-10-15T00:00:00Z");
const SEPTEMBER = new Date("2026-09-15T00:00:00Z");
const FIRST_CASE = new Date("2024-11-20T04:00:00Z");

/** Period keys from the first case's to the last finished one, written out by hand. */
function expectedKeys(): string[] {
  const keys: string[] = [];
  for (let y = 2024, m = 11; y < 2026 || (y === 2026 && m <= 10); m === 12 ? ((y += 1), (m = 1)) : (m += 1))
    keys.push(`month:${y}-${String(m).padStart(2, "0")}`);
  keys.push("quarter:2024-Q4", "quarter:2025-Q1", "quarter:2025-Q2", "quarter:2025-Q3", "quarter:2025-Q4");
  keys.push("quarter:2026-Q1", "quarter:2026-Q2", "quarter:2026-Q3", "year:2024", "year:2025");
  return keys.sort();
}

describe.each(TEST_TARGETS)("scorecard snapshots on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;
  let ctx: ServiceContext & { db: Database };

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 800, now: NOW }));
    // One case filed long before the rest (never answered): every period since it must be frozen,
    // the empty ones too, although the server was not running then.
    await createSubmittedCase(connection.db, { createdAt: FIRST_CASE });
    calendar = await loadCalendar(connection.db, NOW.getTime());
    ctx = {
      db: connection.db,
      now: NOW,
      calendar,
      settings: { ...DEFAULT_SETTINGS, minimumSample: 10 },
      appUrl: "http://localhost:3000",
    };
  }, 240_000);
  afterAll(async () => {
    await connection?.close();
  });

  const versionsOf = (unitId: number | null, kind: "month" | "quarter" | "year", at: Date) =>
    connection.db
      .select({ version: scorecardSnapshots.version, reason: scorecardSnapshots.reason })
      .from(scorecardSnapshots)
      .where(
        and(
          unitId === null ? isNull(scorecardSnapshots.unitId) : eq(scorecardSnapshots.unitId, unitId),
          eq(scorecardSnapshots.periodKind, kind),
          eq(scorecardSnapshots.periodStart, periodAt(calendar, kind, at).from),
        ),
      )
      .orderBy(scorecardSnapshots.version);

  it("freezes every finished month, quarter and year since the first case, empty ones too, never the running ones", async () => {
    const first = await freezeFinishedPeriods(ctx);
    expect(first.published).toBeGreaterThan(0);
    expect(first.revised).toBe(0);
    const keys = await connection.db
      .selectDistinct({ kind: scorecardSnapshots.periodKind, key: scorecardSnapshots.periodKey })
      .from(scorecardSnapshots);
    expect(keys.map((k) => `${k.kind}:${k.key}`).sort()).toEqual(expectedKeys());
    const empty = await publishedScorecard(connection.db, {
      unitId: null,
      periodKind: "month",
      periodStart: periodAt(calendar, "month", new Date("2024-12-15T00:00:00Z")).from,
    });
    expect(empty).toMatchObject({ version: 1, reason: "first_publication", periodKey: "2024-12" });
    expect(empty?.scorecard.metrics.casesReplied).toBe(0);
    const city = await publishedScorecard(connection.db, {
      unitId: null,
      periodKind: "month",
      periodStart: periodAt(calendar, "month", OCTOBER).from,
    });
    expect(city).toMatchObject({ version: 1, reason: "first_publication", periodKey: "2026-10", earlierVersions: [] });
    expect(city?.rules).toEqual({
      ruleId: null,
      weights: DEFAULT_WEIGHTS,
      bands: DEFAULT_GRADE_BANDS,
      minimumSample: 10,
    });
    expect(
      await publishedScorecard(connection.db, {
        unitId: null,
        periodKind: "month",
        periodStart: periodAt(calendar, "month", NOW).from,
      }),
    ).toBeNull();
  });

  it("does nothing when run again over unchanged cases", async () => {
    expect(await freezeFinishedPeriods(ctx)).toMatchObject({ published: 0, revised: 0 });
  });

  it("adds a version, logged and public, when a late rating changes October", async () => {
    const october = periodAt(calendar, "month", OCTOBER);
    const [replied] = await connection.db
      .select({ id: cases.id, unitId: cases.leadUnitId })
      .from(cases)
      .where(
        and(gte(cases.repliedAt, october.from), lt(cases.repliedAt, october.to), sql`${cases.leadUnitId} is not null`),
      )
      .limit(1);
    if (!replied?.unitId) throw new Error("no case replied in October");
    const [round] = await connection.db
      .select({ max: sql<number>`coalesce(max(${caseFeedback.round}), -1)`.mapWith(Number) })
      .from(caseFeedback)
      .where(eq(caseFeedback.caseId, replied.id));
    await connection.db.insert(caseFeedback).values({
      caseId: replied.id,
      round: (round?.max ?? -1) + 1,
      contacted: false,
      solved: false,
      satisfaction: "very_dissatisfied",
      unitId: replied.unitId,
      createdAt: NOW,
    });

    const later = { ...ctx, now: new Date(NOW.getTime() + 3_600_000) };
    const outcome = await freezeFinishedPeriods(later);
    expect(outcome.revised).toBe(2); // the unit and the city; September and the quarters are untouched
    const unit = await publishedScorecard(connection.db, {
      unitId: replied.unitId,
      periodKind: "month",
      periodStart: october.from,
    });
    expect(unit).toMatchObject({ version: 2, reason: "late_change", reasonNote: null });
    expect(unit?.computedAt.toISOString()).toBe(later.now.toISOString());
    expect(unit?.earlierVersions.map((v) => [v.version, v.reason])).toEqual([[1, "first_publication"]]);
    expect(unit?.scorecard).not.toEqual(unit?.earlierVersions[0]?.scorecard);
    expect(await versionsOf(null, "month", OCTOBER)).toEqual([
      { version: 1, reason: "first_publication" },
      { version: 2, reason: "late_change" },
    ]);
    const [logged] = await connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.subject, SCORECARDS_AUDIT_SUBJECT))
      .orderBy(desc(adminAuditLog.id))
      .limit(1);
    expect(logged).toMatchObject({ action: "scorecards.recompute", actorUserId: null });
    expect(logged?.after).toMatchObject({ periodKey: "2026-10", reason: "late_change", units: [null, replied.unitId] });
  });

  it("adds a version when a case replied in September is re-handled and its reply moves to November", async () => {
    const september = periodAt(calendar, "month", SEPTEMBER);
    const [replied] = await connection.db
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(caseEvents, and(eq(caseEvents.caseId, cases.id), eq(caseEvents.toStatus, "replied")))
      .where(
        and(
          gte(cases.repliedAt, september.from),
          lt(cases.repliedAt, september.to),
          gte(caseEvents.occurredAt, september.from),
          lt(caseEvents.occurredAt, september.to),
          sql`${cases.leadUnitId} is not null`,
        ),
      )
      .limit(1);
    if (!replied) throw new Error("no case replied in September");
    const before = (await versionsOf(null, "month", SEPTEMBER)).length;
    const later = { ...ctx, now: new Date(NOW.getTime() + 5_400_000) };
    // What re-handling leaves behind: the reply now falls in November, the row changed after the freeze.
    await connection.db
      .update(cases)
      .set({ repliedAt: new Date("2026-11-20T02:00:00Z"), updatedAt: later.now })
      .where(eq(cases.id, replied.id));
    const outcome = await freezeFinishedPeriods({ ...later, now: new Date(later.now.getTime() + 1000) });
    expect(outcome.revised).toBeGreaterThan(0);
    const versions = await versionsOf(null, "month", SEPTEMBER);
    expect(versions).toHaveLength(before + 1);
    expect(versions.at(-1)).toMatchObject({ reason: "late_change" });
    // The methodology page's list: when September was frozen, and that the new version is current.
    const listed = (await listFrozenPeriods(connection.db)).find(
      (row) => row.periodKind === "month" && row.periodKey === "2026-09",
    );
    expect(listed).toMatchObject({ currentVersion: before + 1, frozenAt: NOW });
    expect(listed?.currentSince.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it("an admin's recomputation with a new minimum sample gives new versions with the stated reason", async () => {
    const october = periodAt(calendar, "month", OCTOBER);
    const settings = { ...DEFAULT_SETTINGS, minimumSample: 3 };
    const outcome = await recomputePeriod({ ...ctx, settings, now: new Date(NOW.getTime() + 7_200_000) }, october, {
      note: "Minimum sample lowered by the council",
      actorUserId: null,
    });
    expect(outcome.revised).toBeGreaterThan(0);
    const city = await publishedScorecard(connection.db, {
      unitId: null,
      periodKind: "month",
      periodStart: october.from,
    });
    expect(city).toMatchObject({ reason: "admin_recompute", reasonNote: "Minimum sample lowered by the council" });
    expect(city?.rules.minimumSample).toBe(3);
    // The automatic job keeps the admin's minimum sample rather than undoing it.
    expect(await freezeFinishedPeriods({ ...ctx, now: new Date(NOW.getTime() + 10_800_000) })).toMatchObject({
      revised: 0,
    });
  });

  it("logs an admin's recomputation that changes nothing, without a new version", async () => {
    const september = periodAt(calendar, "month", new Date("2026-09-15T00:00:00Z"));
    const before = await versionsOf(null, "month", september.from);
    const outcome = await recomputePeriod(ctx, september, { note: "Checked after a complaint", actorUserId: null });
    expect(outcome.revised).toBe(0);
    expect(await versionsOf(null, "month", september.from)).toEqual(before);
    const [logged] = await connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.subject, SCORECARDS_AUDIT_SUBJECT))
      .orderBy(desc(adminAuditLog.id))
      .limit(1);
    expect(logged?.after).toMatchObject({ periodKey: "2026-09", note: "Checked after a complaint", units: [] });
  });

  it("refuses an admin's recomputation of an unfinished period or a key of another kind", async () => {
    const refusal = (periodKind: "month" | "quarter", periodKey: string) =>
      recomputePeriodByKey(ctx, { periodKind, periodKey, reason: "Check", actorUserId: null }).then(
        () => null,
        (error: unknown) => (error instanceof AppError ? error.fieldErrors : error),
      );
    expect(await refusal("month", "2026-11")).toEqual({ periodKey: ["periodNotFinished"] });
    expect(await refusal("quarter", "2026-Q4")).toEqual({ periodKey: ["periodNotFinished"] });
    expect(await refusal("month", "2026-Q3")).toEqual({ periodKey: ["periodKey"] });
    expect(await refusal("month", "2026-13")).toEqual({ periodKey: ["periodKey"] });
  });

  it("refuses a recomputation without a reason, in the database too", async () => {
    await expect(
      connection.db.insert(scorecardSnapshots).values({
        unitId: null,
        periodKind: "month",
        periodKey: "2026-10",
        periodStart: periodAt(calendar, "month", OCTOBER).from,
        periodEnd: periodAt(calendar, "month", OCTOBER).to,
        version: 99,
        figures: {},
        rules: {},
        reason: "admin_recompute",
        reasonNote: " ",
        computedAt: NOW,
      }),
    ).rejects.toThrow();
  });

  it("applies a new rule from its effective month on and never to a period that began before it", async () => {
    await expect(
      saveScorecardRule(
        ctx,
        {
          effectiveFrom: "2026-10-01",
          weights: { response: 0.3, satisfaction: 0.35, resolution: 0.35 },
          bands: DEFAULT_GRADE_BANDS,
        },
        null,
      ),
    ).rejects.toBeInstanceOf(AppError);
    const id = await saveScorecardRule(
      ctx,
      {
        effectiveFrom: "2026-12-01",
        weights: { response: 0.3, satisfaction: 0.35, resolution: 0.35 },
        bands: { satisfied: 90, fairlySatisfied: 80, basicallySatisfied: 60 },
      },
      null,
    );
    const december = await loadScorecardRules(
      connection.db,
      periodAt(calendar, "month", new Date("2026-12-15T00:00:00Z")).from,
    );
    expect(december.weights).toEqual({ response: 0.3, satisfaction: 0.35, resolution: 0.35 });
    expect(december.bands.satisfied).toBe(90);
    for (const at of ["2026-11-15", "2026-10-15"])
      expect(
        (await loadScorecardRules(connection.db, periodAt(calendar, "month", new Date(`${at}T00:00:00Z`)).from))
          .weights,
      ).toEqual(DEFAULT_WEIGHTS);
    // The quarter and the year that contain December began before the rule: they keep the old one.
    expect(
      (await loadScorecardRules(connection.db, periodAt(calendar, "quarter", new Date("2026-12-15T00:00:00Z")).from))
        .weights,
    ).toEqual(DEFAULT_WEIGHTS);
    expect(
      (await loadScorecardRules(connection.db, periodAt(calendar, "year", new Date("2026-12-15T00:00:00Z")).from))
        .weights,
    ).toEqual(DEFAULT_WEIGHTS);
    expect(await freezeFinishedPeriods({ ...ctx, now: new Date(NOW.getTime() + 14_400_000) })).toMatchObject({
      revised: 0,
    });
    const [logged] = await connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.action, "scorecards.rule"));
    expect(logged?.after).toMatchObject({ ruleId: id, effectiveFrom: "2026-12-01" });
    expect(logged?.before).toMatchObject({ ruleId: null, weights: DEFAULT_WEIGHTS });
  });
});
