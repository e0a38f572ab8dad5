// The reference recomputation (scripts/figures, docs/open-data.md#reference-recomputation) against this
// project's own downloads, served in process: a seeded, frozen city recomputes with no mismatch, and
// a scorecard row tampered with in the database is reported.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { scorecardSnapshots } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { dataPackage } from "@/lib/services/open-data/datapackage";
import { openDataFile } from "@/lib/services/open-data/download";
import { freezeFinishedPeriods } from "@/lib/services/scorecards/freeze";
import { DEFAULT_SETTINGS } from "@/lib/services/settings";
import { openDataQuerySchema } from "@/lib/validation/open-data";
import { verifySite } from "@/scripts/figures/verify-site";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const SITE = "http://site.test";

describe.each(TEST_TARGETS)("figures:verify on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;

  /** The site's open-data routes, in process: what GET /api/open-data/… would answer. */
  const fetcher = async (url: string): Promise<Response> => {
    const { pathname, searchParams } = new URL(url);
    const file = pathname.replace("/api/open-data/", "");
    if (file === "datapackage.json") return Response.json(dataPackage({ appUrl: SITE, timeZone: calendar.timeZone }));
    const query = openDataQuerySchema.parse(Object.fromEntries(searchParams));
    return new Response(openDataFile(connection.db, calendar, file, query, { now: NOW }).stream);
  };

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 1500, now: NOW }));
    calendar = await loadCalendar(connection.db, NOW.getTime());
    await freezeFinishedPeriods({
      db: connection.db,
      now: NOW,
      calendar,
      settings: { ...DEFAULT_SETTINGS, minimumSample: 10 },
      appUrl: SITE,
    });
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("recomputes every published scorecard from the downloads with no mismatch", async () => {
    const result = await verifySite(fetcher, SITE);
    expect(result.timeZone).toBe("Asia/Shanghai");
    expect(result.scorecards).toBeGreaterThan(100);
    expect(result.byKind.quarter).toBeGreaterThan(0);
    expect(result.byKind.year).toBeGreaterThan(0);
    expect(result.mismatches).toEqual([]);
  }, 120_000);

  it("reports a tampered scorecard row", async () => {
    const [victim] = await connection.db
      .select({ id: scorecardSnapshots.id, key: scorecardSnapshots.periodKey })
      .from(scorecardSnapshots)
      .where(and(eq(scorecardSnapshots.periodKind, "month"), isNotNull(scorecardSnapshots.unitId)))
      .orderBy(sql`${scorecardSnapshots.figures}->'metrics'->>'casesReplied' desc`)
      .limit(1);
    if (!victim) throw new Error("no unit snapshot");
    await connection.db
      .update(scorecardSnapshots)
      .set({
        figures: sql`jsonb_set(${scorecardSnapshots.figures}, '{metrics,overdueCount}', to_jsonb((${scorecardSnapshots.figures}->'metrics'->>'overdueCount')::int + 1))`,
      })
      .where(eq(scorecardSnapshots.id, victim.id));
    const result = await verifySite(fetcher, SITE);
    expect(result.mismatches).toHaveLength(1);
    expect(result.mismatches[0]).toMatchObject({ column: "overdue_count" });
    expect(result.mismatches[0]?.scorecard).toContain(`month ${victim.key}`);
  }, 120_000);
});
