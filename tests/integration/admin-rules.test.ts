import { and, desc, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { DEFAULT_CALENDAR_CODE } from "@/db/queries/calendar";
import { adminAuditLog, calendarDays, calendars, cases, slaPolicies } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { createSlaPolicy } from "@/lib/services/admin/create-sla-policy";
import { importCalendarYear } from "@/lib/services/admin/import-calendar-year";
import { removeCalendarDay } from "@/lib/services/admin/remove-calendar-day";
import { saveSettings } from "@/lib/services/admin/save-settings";
import { setCalendarDay } from "@/lib/services/admin/set-calendar-day";
import { updateSlaPolicy } from "@/lib/services/admin/update-sla-policy";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { loadSettings } from "@/lib/services/settings";
import { type SlaPolicyInput, slaPolicySchema } from "@/lib/validation/admin-rules";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

const NOW = new Date("2026-11-26T08:00:00Z");

const POLICY: SlaPolicyInput = {
  code: "test-policy",
  nameZh: "测试规则",
  nameEn: "Test policy",
  clockKind: "working_days",
  signForLimit: 1,
  firstContactLimit: 2,
  replyLimit: 5,
  maxExtensions: 1,
  maxExtensionAmount: null,
  warningFraction: 0.2,
  warningMinimumWorkingDays: 1,
  yellowCardAfterWorkingDays: 1,
  redCardAfterWorkingDays: 3,
  disputeWindowWorkingDays: 5,
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(TEST_TARGETS)("admin rules on $name", (target) => {
  let connection: Connection;
  let admin: Actor;
  let ctx: ServiceContext;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 50, now: NOW }));
    admin = await sessionActor(connection.db, "admin@answerable.local");
    ctx = await serviceContext({ db: connection.db, now: NOW });
  });
  afterAll(async () => {
    await connection?.close();
  });

  const auditOf = (subject: string) =>
    connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.subject, subject))
      .orderBy(desc(adminAuditLog.id));

  it("refuses an incoherent SLA policy with field errors, and the database constraints back the rules", async () => {
    const form = slaPolicySchema.safeParse({
      ...Object.fromEntries(Object.entries(POLICY).map(([k, v]) => [k, v === null ? "" : String(v)])),
      signForLimit: "6",
      redCardAfterWorkingDays: "0",
    });
    expect(form.success).toBe(false);
    expect(form.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["signForLimit", "signForAfterFirstContact"],
      ["signForLimit", "signForAfterReply"],
      ["redCardAfterWorkingDays", "redBeforeYellow"],
    ]);

    const error = await refusal(createSlaPolicy({ ...POLICY, firstContactLimit: 9 }, admin, ctx));
    expect(error.code).toBe("validation");
    expect(error.fieldErrors).toEqual({ firstContactLimit: ["firstContactAfterReply"] });
    expect(await connection.db.select().from(slaPolicies).where(eq(slaPolicies.code, POLICY.code))).toEqual([]);
    expect(await auditOf(`sla_policy:${POLICY.code}`)).toEqual([]);

    // Bypassing the service, the check constraints refuse the same rows.
    for (const bad of [
      { replyLimit: 0, signForLimit: null, firstContactLimit: null },
      { signForLimit: 6 },
      { yellowCardAfterWorkingDays: 3, redCardAfterWorkingDays: 1 },
      { warningFraction: 1 },
    ]) {
      await expect(
        connection.db.insert(slaPolicies).values({ ...POLICY, code: "raw-insert", ...bad }),
      ).rejects.toThrow();
    }
  });

  it("creates and updates a policy, auditing both, and refuses a duplicate code", async () => {
    const created = await createSlaPolicy(POLICY, admin, ctx);
    expect(created.replyLimit).toBe(5);
    const updated = await updateSlaPolicy(
      { ...POLICY, replyLimit: 10, redCardAfterWorkingDays: 5, currentCode: POLICY.code },
      admin,
      ctx,
    );
    expect(updated.replyLimit).toBe(10);
    const audit = await auditOf(`sla_policy:${POLICY.code}`);
    expect(audit.map((a) => a.action)).toEqual(["sla_policy.update", "sla_policy.create"]);
    expect(audit[0]).toMatchObject({ actorUserId: admin.id, before: { replyLimit: 5 }, after: { replyLimit: 10 } });
    const duplicate = await refusal(createSlaPolicy({ ...POLICY, nameEn: "Again" }, admin, ctx));
    expect(duplicate.fieldErrors).toEqual({ code: ["codeTaken"] });
  });

  it("a new holiday moves deadlines computed afterwards, never those stored on existing cases", async () => {
    const storedBefore = await connection.db
      .select({ id: cases.id, replyDueAt: cases.replyDueAt })
      .from(cases)
      .where(isNotNull(cases.replyDueAt));
    expect(storedBefore.length).toBeGreaterThan(0);
    // Tuesday 10 March 2026, 10:00 in Beijing: five working days end on Tuesday 17 March.
    const from = new Date("2026-03-10T02:00:00Z");
    expect((await serviceContext({ db: connection.db })).calendar.addWorkingDays(from, 5).toISOString()).toBe(
      "2026-03-17T16:00:00.000Z",
    );

    await setCalendarDay(
      { date: "2026-03-11", kind: "holiday", nameZh: "测试假日", nameEn: "Test holiday" },
      admin,
      ctx,
    );
    const fresh = (await serviceContext({ db: connection.db })).calendar;
    expect(fresh.isWorkingDay("2026-03-11")).toBe(false);
    expect(fresh.addWorkingDays(from, 5).toISOString()).toBe("2026-03-18T16:00:00.000Z");

    const storedAfter = await connection.db
      .select({ id: cases.id, replyDueAt: cases.replyDueAt })
      .from(cases)
      .where(isNotNull(cases.replyDueAt));
    expect(storedAfter).toEqual(storedBefore);
    expect((await auditOf(`calendar:${DEFAULT_CALENDAR_CODE}`))[0]).toMatchObject({
      action: "calendar_day.add",
      actorUserId: admin.id,
      after: { date: "2026-03-11", kind: "holiday" },
    });

    await removeCalendarDay({ date: "2026-03-11" }, admin, ctx);
    expect((await serviceContext({ db: connection.db })).calendar.addWorkingDays(from, 5).toISOString()).toBe(
      "2026-03-17T16:00:00.000Z",
    );
  });

  it("imports a year's list only when it has no bad line, and a dry run changes nothing", async () => {
    const [calendar] = await connection.db.select().from(calendars).where(eq(calendars.code, DEFAULT_CALENDAR_CODE));
    const holidays = () =>
      connection.db
        .select()
        .from(calendarDays)
        .where(and(eq(calendarDays.calendarId, calendar!.id), eq(calendarDays.kind, "holiday")));
    const before = await holidays();
    const text =
      "date,kind,name\n2031-10-01,holiday,National Day\n2031-10-02,holiday,National Day\n2031-09-28,workday,Make-up day";

    const dryRun = await importCalendarYear({ year: 2031, text, mode: "preview" }, admin, ctx);
    expect(dryRun).toMatchObject({ applied: false, errors: [], removed: [] });
    expect(dryRun.days).toHaveLength(3);
    expect(await holidays()).toEqual(before);

    const withBadLine = await importCalendarYear(
      { year: 2031, text: `${text}\n2031-13-01,holiday,Nope`, mode: "import" },
      admin,
      ctx,
    );
    expect(withBadLine).toMatchObject({ applied: false, errors: [{ line: 5, message: "badDate" }] });
    expect(await holidays()).toEqual(before);

    const applied = await importCalendarYear({ year: 2031, text, mode: "import" }, admin, ctx);
    expect(applied.applied).toBe(true);
    const fresh = (await serviceContext({ db: connection.db })).calendar;
    expect(fresh.isWorkingDay("2031-10-01")).toBe(false);
    expect(fresh.isWorkingDay("2031-09-28")).toBe(true); // a Sunday, made a working day
    expect((await auditOf(`calendar:${DEFAULT_CALENDAR_CODE}`))[0]?.action).toBe("calendar.import");
  });

  it("saves settings within their ranges, applies them at once and logs before and after", async () => {
    const previous = await loadSettings(connection.db);
    const next = { ...previous, feedbackWindowWorkingDays: 7, minimumSample: 20 };
    await saveSettings(next, admin, ctx);
    expect(await loadSettings(connection.db)).toEqual(next);
    const [entry] = await auditOf("settings");
    expect(entry).toMatchObject({
      action: "settings.update",
      actorUserId: admin.id,
      before: { feedbackWindowWorkingDays: previous.feedbackWindowWorkingDays, minimumSample: previous.minimumSample },
      after: { feedbackWindowWorkingDays: 7, minimumSample: 20 },
    });

    const error = await refusal(saveSettings({ ...next, rehandleLimit: 9 }, admin, ctx));
    expect(error.fieldErrors).toEqual({ rehandleLimit: ["outOfRange"] });
    expect(await loadSettings(connection.db)).toEqual(next);
    expect(await auditOf("settings")).toHaveLength(1);
  });
});
