import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listUnitCases } from "@/db/queries/cases";
import { listRepliedCases } from "@/db/queries/metrics";
import { caseCoUnits, cases, categories, districts } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { caseAccess } from "@/lib/domain/access/case-access";
import { AppError } from "@/lib/errors";
import { type FileCaseInput, fileCase } from "@/lib/services/cases/file-case";
import { suggestRouting } from "@/lib/services/cases/suggest-routing";
import type { CaseActor } from "@/lib/services/cases/transition";
import { dispatchCase, ruleOnDispute } from "@/lib/services/cases/triage";
import { disputeCase, recordContact, replyToCase, signFor } from "@/lib/services/cases/unit-handling";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { actorFor, unitId } from "./factories";

// docs/rules.md#privacy: a report against an official is never shown to the unit it accuses. Street
// lights are routed by the catalogue to urban management (unit A, the accused); the water group
// (unit B) is the one the dispatch centre gives the report to.
const T0 = new Date("2026-03-10T02:00:00Z"); // Tuesday 10 March 2026, 10:00 in Beijing
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

async function expectFieldError(promise: Promise<unknown>, field: string, key: string) {
  await expect(promise).rejects.toSatisfy(
    (error: unknown) =>
      error instanceof AppError && error.code === "validation" && Boolean(error.fieldErrors?.[field]?.includes(key)),
  );
}

describe.each(TEST_TARGETS)("whistle-blower reports on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let operator: CaseActor, accusedStaff: CaseActor, handlerStaff: CaseActor;
  let accused: number, handler: number, health: number;
  let streetLight: number, dongcheng: number;
  let key = 0;

  const report = (overrides: Partial<FileCaseInput> = {}): FileCaseInput => ({
    type: "report",
    categoryId: streetLight,
    districtId: dongcheng,
    title: "Inspector Li of urban management takes money from stall holders",
    description: "Every Friday evening on Lakeside Road. I saw it myself.",
    name: "Zhao Min",
    phone: "13912345678",
    email: "zhao.min@example.cn",
    mayPublish: true,
    anonymous: false,
    accusedUnitId: accused,
    idempotencyKey: `report-key-${target.name}-${++key}-abcdefgh`,
    ...overrides,
  });
  const file = async (input: FileCaseInput) =>
    fileCase(input, { userId: null, role: null }, await ctx(T0), async () => undefined);
  const load = async (id: number) => (await connection.db.select().from(cases).where(eq(cases.id, id)))[0]!;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 50, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    operator = await actorFor(connection.db, "operator@answerable.local");
    accusedStaff = await actorFor(connection.db, "staff.urban@answerable.local");
    handlerStaff = await actorFor(connection.db, "staff.water@answerable.local");
    accused = await unitId(connection.db, "urban-mgmt");
    handler = await unitId(connection.db, "water-group");
    health = await unitId(connection.db, "health");
    const [category] = await connection.db.select().from(categories).where(eq(categories.code, "street-light"));
    const [district] = await connection.db.select().from(districts).where(eq(districts.code, "dongcheng"));
    streetLight = category!.id;
    dongcheng = district!.id;
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("the catalogue would send a street-light complaint to unit A", async () => {
    const complaint = await file(report({ type: "complaint", accusedUnitId: undefined }));
    expect(complaint.autoDispatched).toBe(true);
    expect((await load(complaint.caseId)).leadUnitId).toBe(accused);
  });

  it("a report accusing A is not auto-dispatched to A: it waits at the dispatch desk, never published", async () => {
    const filed = await file(report());
    expect(filed.autoDispatched).toBe(false);
    const row = await load(filed.caseId);
    expect(row).toMatchObject({ status: "submitted", leadUnitId: null, accusedUnitId: accused, mayPublish: false });
    // Nor does the dispatch form suggest A.
    expect(await suggestRouting(connection.db, row, (await ctx(T0)).calendar, T0)).toBeNull();
  });

  it("dispatch to A is refused, as lead or co-unit; dispatch to B works and B reads it redacted", async () => {
    const filed = await file(report());
    await expectFieldError(
      dispatchCase({ caseId: filed.caseId, leadUnitId: accused, coUnitIds: [] }, operator, await ctx(at(1))),
      "leadUnitId",
      "accusedUnit",
    );
    await expectFieldError(
      dispatchCase({ caseId: filed.caseId, leadUnitId: handler, coUnitIds: [accused] }, operator, await ctx(at(1))),
      "coUnitIds",
      "accusedUnit",
    );
    expect((await load(filed.caseId)).status).toBe("submitted");

    await dispatchCase({ caseId: filed.caseId, leadUnitId: handler, coUnitIds: [health] }, operator, await ctx(at(1)));
    const row = await load(filed.caseId);
    expect(row).toMatchObject({ status: "dispatched", leadUnitId: handler });

    // B's list shows it, marked as a report that accuses a unit: the unit page redacts its title.
    const handlerList = await listUnitCases(connection.db, handler);
    expect(handlerList.find((c) => c.id === filed.caseId)).toMatchObject({ accusedUnitId: accused });
    // A's list does not show it, and A cannot act on it.
    const accusedList = await listUnitCases(connection.db, accused);
    expect(accusedList.some((c) => c.id === filed.caseId)).toBe(false);
    await expect(signFor(filed.caseId, accusedStaff, await ctx(at(2)))).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "not_found",
    );

    const subject = { ...row, coUnitIds: [health] };
    expect(caseAccess({ id: "x", ...handlerStaff, role: "unit_staff" }, subject)).toBe("redacted");
    expect(caseAccess({ id: "x", ...accusedStaff, role: "unit_staff" }, subject)).toBe("none");
    expect(caseAccess({ id: "x", role: "operator", unitId: null }, subject)).toBe("full");
  });

  it("a ruling on a dispute cannot hand the report to A either", async () => {
    const filed = await file(report());
    await dispatchCase({ caseId: filed.caseId, leadUnitId: handler, coUnitIds: [] }, operator, await ctx(at(1)));
    await disputeCase(filed.caseId, "Not ours: this is about urban management.", handlerStaff, await ctx(at(2)));
    await expectFieldError(
      ruleOnDispute(
        { caseId: filed.caseId, ruling: "reassign", leadUnitId: accused, coUnitIds: [] },
        operator,
        await ctx(at(3)),
      ),
      "leadUnitId",
      "accusedUnit",
    );
    expect((await load(filed.caseId)).status).toBe("disputed");
  });

  it("the accused unit is never the lead, so no scorecard counts the report against it", async () => {
    const filed = await file(report());
    await dispatchCase({ caseId: filed.caseId, leadUnitId: handler, coUnitIds: [] }, operator, await ctx(at(1)));
    await signFor(filed.caseId, handlerStaff, await ctx(at(2)));
    await recordContact(filed.caseId, "Spoke with the dispatch centre.", handlerStaff, await ctx(at(3)));
    await replyToCase(
      { caseId: filed.caseId, outcome: "resolved", text: "Investigated.", legalBasis: null, nextSteps: null },
      handlerStaff,
      await ctx(at(4)),
    );
    const period = { from: at(-1), to: at(48) };
    expect((await listRepliedCases(connection.db, { ...period, unitId: accused })).map((r) => r.caseId)).not.toContain(
      filed.caseId,
    );
    expect((await listRepliedCases(connection.db, { ...period, unitId: handler })).map((r) => r.caseId)).toContain(
      filed.caseId,
    );
    // The database itself refuses to make the accused unit the lead, or to accuse a unit outside a report.
    await expect(
      connection.db.update(cases).set({ leadUnitId: accused }).where(eq(cases.id, filed.caseId)),
    ).rejects.toThrow();
    const complaint = await file(report({ type: "complaint", accusedUnitId: undefined }));
    await expect(
      connection.db.update(cases).set({ accusedUnitId: handler }).where(eq(cases.id, complaint.caseId)),
    ).rejects.toThrow();
    expect(await connection.db.select().from(caseCoUnits).where(eq(caseCoUnits.unitId, accused))).not.toContainEqual(
      expect.objectContaining({ caseId: filed.caseId }),
    );
  });

  it("refuses an accused unit on a case that is not a report, or an unknown unit", async () => {
    await expectFieldError(file(report({ type: "complaint" })), "accusedUnitId", "accusedOnlyOnReports");
    await expectFieldError(file(report({ accusedUnitId: 999_999 })), "accusedUnitId", "invalid");
  });
});
