// The return (dispute) rate is charged to the unit that returned a case, not to the one that finally
// replied (issue 14 item 7; lib/domain/metrics/return-rate.ts): in the live scorecards, a unit's monthly
// scorecards, the portal's rollups and the open-data cases download.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import type { CaseActor } from "@/lib/services/cases/transition";
import { dispatchCase, ruleOnDispute } from "@/lib/services/cases/triage";
import { disputeCase, recordContact, replyToCase, signFor } from "@/lib/services/cases/unit-handling";
import { periodScorecards, unitMonthlyScorecards } from "@/lib/services/metrics/unit-scorecard";
import type { MonthPeriod } from "@/lib/services/metrics/month-period";
import { caseRowBatches } from "@/lib/services/open-data/case-rows";
import { refreshRollups } from "@/lib/services/portal/refresh-rollups";
import { unitCounts } from "@/lib/services/portal/rollup-queries";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { actorFor, createSubmittedCase, unitId } from "./factories";

// Tuesday 10 March 2026, 10:00 in Beijing; the seeded cases are all in late 2026.
const T0 = new Date("2026-03-10T02:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe.each(TEST_TARGETS)("the return rate on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let operator: CaseActor, waterStaff: CaseActor, urbanStaff: CaseActor;
  let water: number, urban: number;
  let march: MonthPeriod;
  let reference: string;
  const options = { minimumSample: 1 };

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    operator = await actorFor(connection.db, "operator@answerable.local");
    waterStaff = await actorFor(connection.db, "staff.water@answerable.local");
    urbanStaff = await actorFor(connection.db, "staff.urban@answerable.local");
    water = await unitId(connection.db, "water-group");
    urban = await unitId(connection.db, "urban-mgmt");
    march = {
      month: "2026-03",
      from: base.calendar.startOfLocalDay("2026-03-01"),
      to: base.calendar.startOfLocalDay("2026-04-01"),
    };

    // Water returns the case twice (once after the dispatch, once after being sent it again); urban replies.
    const row = await createSubmittedCase(connection.db, { createdAt: at(-1) });
    reference = row.reference;
    await dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [] }, operator, await ctx(T0));
    await disputeCase(row.id, "Not ours: a private well.", waterStaff, await ctx(at(1)));
    await ruleOnDispute(
      { caseId: row.id, ruling: "reassign", leadUnitId: water, coUnitIds: [] },
      operator,
      await ctx(at(2)),
    );
    await disputeCase(row.id, "Still not ours.", waterStaff, await ctx(at(3)));
    await ruleOnDispute(
      { caseId: row.id, ruling: "reassign", leadUnitId: urban, coUnitIds: [] },
      operator,
      await ctx(at(4)),
    );
    await signFor(row.id, urbanStaff, await ctx(at(5)));
    await recordContact(row.id, "Called the citizen.", urbanStaff, await ctx(at(6)));
    await replyToCase(
      { caseId: row.id, outcome: "resolved", text: "Lamp replaced.", legalBasis: null, nextSteps: null },
      urbanStaff,
      await ctx(at(24)),
    );
    // A case urban replied to without any return.
    const plain = await createSubmittedCase(connection.db, { createdAt: at(-1) });
    await dispatchCase({ caseId: plain.id, leadUnitId: urban, coUnitIds: [] }, operator, await ctx(T0));
    await signFor(plain.id, urbanStaff, await ctx(at(5)));
    await recordContact(plain.id, "Called the citizen.", urbanStaff, await ctx(at(6)));
    await replyToCase(
      { caseId: plain.id, outcome: "explained", text: "Explained.", legalBasis: null, nextSteps: null },
      urbanStaff,
      await ctx(at(25)),
    );
    const [stored] = await connection.db.select().from(cases).where(eq(cases.id, row.id));
    expect([stored?.status, stored?.leadUnitId, stored?.disputeCount]).toEqual(["replied", urban, 2]);
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("counts the return against the unit that returned the case, once, and not against the one that replied", async () => {
    const figures = await periodScorecards(connection.db, march, options);
    // Water replied to nothing: only its return rate has a sample.
    expect(figures.forUnit(water).metrics.casesReplied).toBe(0);
    expect(figures.forUnit(water).metrics.disputeRate).toEqual({
      kind: "rate",
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    expect(figures.forUnit(urban).metrics.casesReplied).toBe(2);
    expect(figures.forUnit(urban).metrics.disputeRate).toEqual({
      kind: "rate",
      value: 0,
      numerator: 0,
      denominator: 2,
    });
    // The city: the sum of the units' numerators over the sum of their denominators.
    expect(figures.city.metrics.disputeRate).toEqual({ kind: "rate", value: 1 / 3, numerator: 1, denominator: 3 });
    expect(figures.city.metrics.casesReplied).toBe(2);
  });

  it("gives the same figures on a unit's monthly scorecards", async () => {
    const [waterMarch] = await unitMonthlyScorecards(connection.db, water, [march], options);
    const [urbanMarch] = await unitMonthlyScorecards(connection.db, urban, [march], options);
    expect(waterMarch?.scorecard.metrics).toMatchObject({
      casesReplied: 0,
      disputeRate: { kind: "rate", numerator: 1, denominator: 1 },
    });
    expect(urbanMarch?.scorecard.metrics).toMatchObject({
      casesReplied: 2,
      disputeRate: { kind: "rate", numerator: 0, denominator: 2 },
    });
  });

  it("keeps the same counts in the portal's rollups", async () => {
    const base = await ctx(at(48));
    await refreshRollups(connection.db, { timeZone: base.calendar.timeZone, now: at(48), rebuild: true });
    const counts = await unitCounts(connection.db, { startDate: "2026-03-01", endDate: "2026-04-01" });
    expect(counts.get(water)).toMatchObject({ replied: 0, disputed: 1, disputeBase: 1 });
    expect(counts.get(urban)).toMatchObject({ replied: 2, disputed: 0, disputeBase: 2 });
  });

  it("lists the returning units in the open-data cases download", async () => {
    const rows = [];
    for await (const batch of caseRowBatches(connection.db, { by: "replied", from: march.from, to: march.to }))
      rows.push(...batch);
    const row = rows.find((r) => r.reference === reference);
    expect([row?.unit_code, row?.dispute_count, row?.returned_by_unit_codes]).toEqual([
      "urban-mgmt",
      2,
      "water-group water-group",
    ]);
    expect(rows.find((r) => r.reference !== reference)?.returned_by_unit_codes).toBeNull();
  });
});
