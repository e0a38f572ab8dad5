import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { redAppraisal } from "@/db/factories";
import { findRectification, listRectifications } from "@/db/queries/rectifications";
import { findNotice } from "@/db/queries/supervision-notices";
import { mailOutbox, rectifications, scorecardSnapshots, supervisionNotices } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { runJobNow } from "@/lib/jobs/registry";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { decideRectification } from "@/lib/services/supervision/decide-rectification";
import { filePlan } from "@/lib/services/supervision/file-plan";
import { noticeMissingPlans } from "@/lib/services/supervision/notice-missing-plans";
import { openRectifications } from "@/lib/services/supervision/open-rectifications";
import { publicRectificationsOfUnit } from "@/lib/services/supervision/public-rectifications";
import { reportRectification } from "@/lib/services/supervision/report-rectification";
import { decideRectificationSchema, filePlanSchema, reportRectificationSchema } from "@/lib/validation/rectifications";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor, unitId } from "./factories";

// Tue 10 March 2026, 10:00 in Beijing: 15 working days later is the end of Tue 31 March.
const T0 = new Date("2026-03-10T02:00:00Z");
const beijing = (iso: string) => new Date(`${iso}+08:00`);
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe.each(TEST_TARGETS)("rectification after a red result on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let supervisor: Actor;
  let head: Actor;
  let staff: Actor;
  let otherHead: Actor;
  let water: number;
  let urban: number;
  let campaignId: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    water = await unitId(connection.db, "water-group");
    urban = await unitId(connection.db, "urban-mgmt");
    supervisor = await sessionActor(connection.db, "supervisor@answerable.local");
    head = await sessionActor(connection.db, "head.water@answerable.local");
    staff = await sessionActor(connection.db, "staff.water@answerable.local");
    otherHead = await sessionActor(connection.db, "head.urban@answerable.local");
    campaignId = (await redAppraisal(await ctx(T0), { unit: "water-group", name: "Spring appraisal" })).id;
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  const ofWater = async () => listRectifications(connection.db, { unitId: water });

  it("opens one rectification for a failing appraisal result, once however often the job runs", async () => {
    const opened = await runJobNow("supervision.rectifications", { ctx: await ctx(T0) });
    expect(opened?.summary).toMatchObject({ opened: 1, noticed: 0 });
    expect(await openRectifications(await ctx(T0))).toBe(0);
    const again = await runJobNow("supervision.rectifications", { ctx: await ctx(T0) });
    expect(again?.summary).toMatchObject({ opened: 0, noticed: 0 });
    const rows = await ofWater();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: "appraisal",
      campaignId,
      campaignName: "Spring appraisal",
      status: "owed",
      publishedAt: T0,
      dueAt: beijing("2026-04-01T00:00"),
    });
    // The database refuses a second one for the same result.
    await expect(
      connection.db.insert(rectifications).values({
        unitId: water,
        source: "appraisal",
        campaignId,
        publishedAt: T0,
        openedAt: T0,
        dueAt: beijing("2026-04-01T00:00"),
      }),
    ).rejects.toThrow();
  });

  it("opens one for a red monthly scorecard (its latest version), none for a yellow one", async () => {
    const snapshot = (unit: number, light: string, version: number) => ({
      unitId: unit,
      periodKind: "month" as const,
      periodKey: "2026-02",
      periodStart: beijing("2026-02-01T00:00"),
      periodEnd: beijing("2026-03-01T00:00"),
      version,
      figures: { light, grade: null, metrics: {} },
      rules: {},
      reason: version === 1 ? ("first_publication" as const) : ("late_change" as const),
      computedAt: T0,
    });
    await connection.db.insert(scorecardSnapshots).values([snapshot(urban, "red", 1), snapshot(water, "yellow", 1)]);
    expect(await openRectifications(await ctx(T0))).toBe(1);
    expect(await openRectifications(await ctx(T0))).toBe(0);
    const [row] = await listRectifications(connection.db, { unitId: urban });
    expect(row).toMatchObject({ source: "scorecard", periodKey: "2026-02", status: "owed" });
  });

  it("plan → report → send back → report → accept, each by whom it belongs to", async () => {
    const [owed] = await ofWater();
    if (!owed) throw new Error("no rectification");
    const plan = filePlanSchema.parse({
      rectificationId: String(owed.id),
      plan: "Answer every call within a day; call back Test Citizen on 13800138000.",
      doneBy: "2026-05-31",
    });
    const at = await ctx(beijing("2026-03-20T10:00"));
    expect(codeOf(await filePlan(plan, staff, at).catch((e) => e))).toBe("forbidden");
    expect(codeOf(await filePlan(plan, otherHead, at).catch((e) => e))).toBe("not_found");
    expect(codeOf(await filePlan(plan, supervisor, at).catch((e) => e))).toBe("not_found");
    await filePlan(plan, head, at);
    expect(codeOf(await filePlan(plan, head, at).catch((e) => e))).toBe("invalid_transition");
    const report = reportRectificationSchema.parse({ rectificationId: String(owed.id), report: "Done." });
    await reportRectification(report, head, at);
    expect(
      decideRectificationSchema.safeParse({ rectificationId: String(owed.id), decision: "sent_back" }).success,
    ).toBe(false);
    const sendBack = decideRectificationSchema.parse({
      rectificationId: String(owed.id),
      decision: "sent_back",
      reason: "Show the figures.",
    });
    expect(codeOf(await decideRectification(sendBack, head, at).catch((e) => e))).toBe("forbidden");
    await decideRectification(sendBack, supervisor, at);
    expect(await findRectification(connection.db, owed.id)).toMatchObject({
      status: "planned",
      report: null,
      sendBacks: 1,
      sendBackReason: "Show the figures.",
    });
    await reportRectification({ ...report, report: "Done: 98 % answered within a day." }, head, at);
    await decideRectification(
      decideRectificationSchema.parse({ rectificationId: String(owed.id), decision: "accepted" }),
      supervisor,
      at,
    );
    expect(await findRectification(connection.db, owed.id)).toMatchObject({ status: "accepted", sendBacks: 1 });
  });

  it("publishes the plan, deadline and state with personal data removed and no names", async () => {
    const [published] = await publicRectificationsOfUnit(connection.db, water);
    expect(published).toMatchObject({ status: "accepted", planLate: false, dueAt: beijing("2026-04-01T00:00") });
    expect(published?.plan).not.toContain("13800138000");
    expect(JSON.stringify(published)).not.toMatch(/head\.water|supervisor@|planFiledBy|reportedBy/);
  });

  it("a plan not filed by its deadline becomes a notice to the unit, once", async () => {
    const [owed] = await listRectifications(connection.db, { unitId: urban });
    if (!owed) throw new Error("no rectification");
    const before = owed.dueAt.getTime() - 60_000;
    expect(await noticeMissingPlans(await ctx(new Date(before)))).toBe(0);
    const late = await ctx(new Date(owed.dueAt.getTime() + 60_000));
    const [mailsBefore] = await connection.db.select({ n: count() }).from(mailOutbox);
    const run = await runJobNow("supervision.rectifications", { ctx: late });
    expect(run?.summary).toMatchObject({ opened: 0, noticed: 1 });
    expect((await runJobNow("supervision.rectifications", { ctx: late }))?.summary).toMatchObject({ noticed: 0 });
    // The water group's plan was filed in time: no notice for it, even after its deadline.
    expect((await ofWater())[0]?.overdueNoticeId).toBeNull();
    const row = await findRectification(connection.db, owed.id);
    expect(row?.overdueNoticeId).not.toBeNull();
    const notice = await findNotice(connection.db, row?.overdueNoticeId ?? 0);
    expect(notice).toMatchObject({ unitId: urban, level: "key", status: "issued" });
    expect(notice?.topic).toContain(`${owed.id}`);
    const [stored] = await connection.db
      .select({ issuedBy: supervisionNotices.issuedBy })
      .from(supervisionNotices)
      .where(eq(supervisionNotices.id, row?.overdueNoticeId ?? 0));
    expect(stored?.issuedBy).toBeNull();
    // The unit's head is told, as for any notice.
    const [mailsAfter] = await connection.db.select({ n: count() }).from(mailOutbox);
    expect(Number(mailsAfter?.n)).toBeGreaterThan(Number(mailsBefore?.n));
    // The plan filed late is still taken, and marked late.
    const lateHead = await sessionActor(connection.db, "head.urban@answerable.local");
    await filePlan(
      filePlanSchema.parse({ rectificationId: String(owed.id), plan: "Late plan.", doneBy: "2026-06-30" }),
      lateHead,
      late,
    );
    const [published] = await publicRectificationsOfUnit(connection.db, urban);
    expect(published).toMatchObject({ status: "planned", planLate: true, noticed: true });
  });
});
