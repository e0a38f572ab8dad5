// Frozen months stay true (docs/open-data.md#frozen-snapshots): a case replied in a frozen month, sent back
// by the citizen after the freeze and answered again in the next month, through the real use cases,
// gives the month a new published version with the reason late_change; the first version stays
// readable, in the scorecard download with versions=all.
import { parse } from "csv-parse/sync";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { repliedCase } from "@/db/factories";
import { cases, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { CaseActor } from "@/lib/services/cases/transition";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { giveFeedback } from "@/lib/services/cases/give-feedback";
import { recordContact, replyToCase, signFor } from "@/lib/services/cases/unit-handling";
import type { ServiceContext } from "@/lib/services/context";
import { openDataFile } from "@/lib/services/open-data/download";
import { freezeFinishedPeriods } from "@/lib/services/scorecards/freeze";
import { periodAt } from "@/lib/services/scorecards/periods";
import { listFrozenPeriods, publishedScorecard } from "@/lib/services/scorecards/snapshots";
import { DEFAULT_SETTINGS } from "@/lib/services/settings";
import { openDataQuerySchema } from "@/lib/validation/open-data";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { unitId } from "./factories";

const SEEDED = new Date("2026-10-28T04:00:00Z");
const REPLIED = new Date("2026-10-29T02:00:00Z"); // 29 October, 10:00 in Jiangbin
const FROZEN = new Date("2026-11-01T01:00:00Z"); // the hourly job after October ended
const SENT_BACK = new Date("2026-11-02T02:00:00Z");
const REPLIED_AGAIN = new Date("2026-11-04T02:00:00Z");
const CHECKED = new Date("2026-11-04T03:00:00Z");

describe.each(TEST_TARGETS)("a frozen month re-handled after freezing, on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;
  const at = (now: Date): ServiceContext => ({
    db: connection.db,
    now,
    calendar,
    settings: { ...DEFAULT_SETTINGS, minimumSample: 10 },
    appUrl: "http://localhost:3000",
  });

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 120, now: SEEDED }));
    calendar = await loadCalendar(connection.db, SEEDED.getTime());
  }, 240_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("publishes a late_change version of October and keeps the first one readable", async () => {
    const unit = await unitId(connection.db, "urban-mgmt");
    const made = await repliedCase(at(REPLIED), "urban-mgmt");
    await freezeFinishedPeriods(at(FROZEN));
    const october = periodAt(calendar, "month", REPLIED);
    const first = await publishedScorecard(connection.db, {
      unitId: unit,
      periodKind: "month",
      periodStart: october.from,
    });
    expect(first).toMatchObject({ version: 1, reason: "first_publication" });

    // The citizen is unhappy and sends it back; the unit handles it again and replies in November.
    const citizen = {
      userId: null,
      role: "citizen" as const,
      proof: { reference: made.reference, trackingCode: made.trackingCode },
    };
    const feedback = await giveFeedback(
      { caseId: made.caseId, contacted: true, solved: false, satisfaction: "dissatisfied", decision: "send_back" },
      citizen,
      at(SENT_BACK),
    );
    expect(feedback.outcome).toBe("sent_back");
    const [head] = await connection.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.unitId, unit), eq(users.role, "unit_head")))
      .orderBy(asc(users.email))
      .limit(1);
    const actor: CaseActor = { userId: head?.id ?? null, role: "unit_head", unitId: unit };
    await signFor(made.caseId, actor, at(REPLIED_AGAIN));
    await recordContact(made.caseId, "Phoned again.", actor, at(REPLIED_AGAIN));
    await replyToCase(
      {
        caseId: made.caseId,
        outcome: "resolved",
        text: "Fixed properly this time.",
        legalBasis: null,
        nextSteps: null,
      },
      actor,
      at(REPLIED_AGAIN),
    );
    const [row] = await connection.db
      .select({ repliedAt: cases.repliedAt })
      .from(cases)
      .where(eq(cases.id, made.caseId));
    expect(row?.repliedAt?.toISOString()).toBe(REPLIED_AGAIN.toISOString());

    await freezeFinishedPeriods(at(CHECKED));
    const second = await publishedScorecard(connection.db, {
      unitId: unit,
      periodKind: "month",
      periodStart: october.from,
    });
    expect(second).toMatchObject({ version: 2, reason: "late_change", reasonNote: null });
    expect(second?.scorecard.metrics.casesReplied).toBe((first?.scorecard.metrics.casesReplied ?? 0) - 1);
    expect(second?.earlierVersions.map((v) => v.version)).toEqual([1]);
    const city = await publishedScorecard(connection.db, {
      unitId: null,
      periodKind: "month",
      periodStart: october.from,
    });
    expect(city).toMatchObject({ version: 2, reason: "late_change" });
    expect((await listFrozenPeriods(connection.db)).find((p) => p.periodKey === "2026-10")).toMatchObject({
      currentVersion: 2,
      frozenAt: FROZEN,
    });

    // The download: the current version by default, both with versions=all.
    const rows = async (query: Record<string, string>) => {
      const file = openDataFile(connection.db, calendar, "scorecards.csv", openDataQuerySchema.parse(query));
      const all = parse(await new Response(file.stream).text(), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      return all.filter((r) => r.unit_code === "urban-mgmt");
    };
    const current = await rows({ from: "2026-10", to: "2026-10" });
    expect(current.map((r) => [r.version, r.reason, r.cases_replied])).toEqual([
      ["2", "late_change", String(second?.scorecard.metrics.casesReplied)],
    ]);
    const every = await rows({ from: "2026-10", to: "2026-10", versions: "all" });
    expect(every.map((r) => [r.version, r.reason, r.cases_replied])).toEqual([
      ["1", "first_publication", String(first?.scorecard.metrics.casesReplied)],
      ["2", "late_change", String(second?.scorecard.metrics.casesReplied)],
    ]);
    expect(new Set(every.map((r) => r.frozen_at))).toEqual(new Set([FROZEN.toISOString()]));
  });
});
