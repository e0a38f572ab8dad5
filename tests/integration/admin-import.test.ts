import { and, asc, eq, inArray, isNotNull, isNull, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import {
  adminAuditLog,
  caseContacts,
  caseEvents,
  caseFeedback,
  cases,
  categories,
  dispatchEntries,
  dispatchEntryCoUnits,
  scorecardSnapshots,
  slaPolicies,
  units,
  userInvitations,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { roundDeadlines } from "@/lib/domain/deadlines/case-deadlines";
import { seedDatabase } from "@/db/seed";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import type { InvitationNotice } from "@/lib/mail/admin-mail";
import { dryRun, runImport } from "@/lib/services/admin/bulk-import";
import { loadImportJob } from "@/lib/services/admin/import-job";
import { saveSettings } from "@/lib/services/admin/save-settings";
import { startImportJob } from "@/lib/services/admin/start-import-job";
import { firstBrokenLink } from "@/lib/services/cases/event-hash";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { freezePeriod, recomputePeriod } from "@/lib/services/scorecards/freeze";
import { periodAt } from "@/lib/services/scorecards/periods";
import { loadSettings } from "@/lib/services/settings";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

// Tuesday 10 March 2026, 10:00 in Beijing.
const T0 = new Date("2026-03-10T02:00:00Z");

const UNITS = [
  "code,name_zh,name_en,class,parent_code,district_code",
  // The child comes before its parent: resolved against the whole file.
  "imp-east,园林局东区所,Parks East Office,street_office,imp-parks,dongcheng",
  "imp-parks,园林局,Parks Bureau,city_bureau,city,",
].join("\n");
const CATEGORIES = [
  "code,group_code,name_zh,name_en,sla_policy_code,keywords_zh,keywords_en",
  "imp-park-upkeep,urban,公园维护,Park upkeep,general,公园|草坪,park|lawn",
].join("\n");
const CASES = [
  "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction",
  // 17:30 UTC on New Year's Eve is already 2026 in Beijing: the reference is a 2026 one.
  "IMP-1,2025-12-31T17:30:00Z,complaint,phone,street-light,dongcheng,路灯不亮,幸福路路灯不亮。,urban-mgmt,2026-01-03T10:00:00+08:00,resolved,已修复。,,2026-01-05T10:00:00+08:00,satisfied",
  "IMP-2,2025-05-04T09:00:00+08:00,inquiry,web,street-light,,Lights,When do the lights go on?,,,,,,,",
].join("\n");
const DISPATCH = [
  "category_code,district_code,lead_unit_code,co_unit_codes,effective_from",
  "imp-park-upkeep,,imp-parks,,2026-01-01",
  "imp-park-upkeep,dongcheng,imp-east,imp-parks,2026-01-01",
].join("\n");

describe.each(TEST_TARGETS)("CSV bulk import on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let admin: Actor;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    const now = new Date("2026-11-26T08:00:00Z");
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 30, now }));
    ctx = await serviceContext({ db: connection.db, now: T0 });
    admin = await sessionActor(connection.db, "admin@answerable.local");
  });
  afterAll(async () => {
    await connection?.close();
  });

  const importAudits = () =>
    connection.db.select().from(adminAuditLog).where(eq(adminAuditLog.subject, "import:units"));

  it("a units file with one bad row reports that row's line and imports nothing", async () => {
    const bad = [UNITS, "imp-bad,坏,Bad,ministry,nowhere,"].join("\n");
    const checked = await dryRun({ kind: "units", text: bad }, admin, ctx);
    expect(checked.rows).toBe(3);
    expect(checked.problems).toEqual([
      { line: 4, field: "class", messageKey: "unknownClass" },
      { line: 4, field: "parent_code", messageKey: "unknownParent" },
    ]);

    const result = await runImport("units", bad, admin.id, ctx);
    expect(result.applied).toBe(false);
    expect(result.problems.map((p) => p.line)).toEqual([4, 4]);
    expect(
      await connection.db
        .select()
        .from(units)
        .where(inArray(units.code, ["imp-east", "imp-parks", "imp-bad"])),
    ).toEqual([]);
    expect(await importAudits()).toEqual([]);
  });

  it("imports units, categories and dispatch entries; a second run changes nothing; a changed name updates", async () => {
    expect(await dryRun({ kind: "units", text: UNITS }, admin, ctx)).toMatchObject({
      rows: 2,
      problems: [],
      wouldCreate: 2,
      wouldUpdate: 0,
      unchanged: 0,
    });
    expect(await runImport("units", UNITS, admin.id, ctx, { chunkRows: 1 })).toMatchObject({
      applied: true,
      rows: 2,
      processed: 2,
      wouldCreate: 2,
      wouldUpdate: 0,
      unchanged: 0,
    });
    const imported = await connection.db
      .select()
      .from(units)
      .where(inArray(units.code, ["imp-east", "imp-parks", "city"]));
    const byCode = new Map(imported.map((u) => [u.code, u]));
    expect(byCode.get("imp-east")?.parentId).toBe(byCode.get("imp-parks")?.id);
    expect(byCode.get("imp-parks")?.parentId).toBe(byCode.get("city")?.id);
    expect(byCode.get("imp-east")?.districtId).not.toBeNull();

    // Dispatch rows naming a category the file set has not yet imported are refused…
    expect(
      (await dryRun({ kind: "dispatch", text: DISPATCH }, admin, ctx)).problems.map((p) => `${p.line}:${p.messageKey}`),
    ).toEqual(["2:unknownCategory", "3:unknownCategory"]);
    expect(await runImport("categories", CATEGORIES, admin.id, ctx)).toMatchObject({ applied: true, wouldCreate: 1 });
    const [category] = await connection.db.select().from(categories).where(eq(categories.code, "imp-park-upkeep"));
    expect(category?.keywordsZh).toEqual(["公园", "草坪"]);
    // …and accepted once it exists.
    expect(await runImport("dispatch", DISPATCH, admin.id, ctx)).toMatchObject({ applied: true, wouldCreate: 2 });
    const entries = await connection.db
      .select()
      .from(dispatchEntries)
      .where(eq(dispatchEntries.categoryId, category!.id));
    expect(entries).toHaveLength(2);
    const cityWide = entries.find((e) => e.districtId === null)!;
    expect(cityWide.leadUnitId).toBe(byCode.get("imp-parks")?.id);
    const district = entries.find((e) => e.districtId !== null)!;
    expect(
      (
        await connection.db.select().from(dispatchEntryCoUnits).where(eq(dispatchEntryCoUnits.entryId, district.id))
      ).map((c) => c.unitId),
    ).toEqual([byCode.get("imp-parks")?.id]);

    // Re-running every file: all rows unchanged, nothing written (not even an audit row).
    for (const [kind, text] of [
      ["units", UNITS],
      ["categories", CATEGORIES],
      ["dispatch", DISPATCH],
    ] as const) {
      const again = await runImport(kind, text, admin.id, ctx);
      expect(again).toMatchObject({ applied: true, wouldCreate: 0, wouldUpdate: 0, problems: [] });
      expect(again.unchanged).toBe(again.rows);
    }
    expect(
      await connection.db.select().from(dispatchEntries).where(eq(dispatchEntries.categoryId, category!.id)),
    ).toHaveLength(2);

    // A changed name is one update.
    const renamed = UNITS.replace("Parks Bureau", "Parks and Gardens Bureau");
    expect(await runImport("units", renamed, admin.id, ctx)).toMatchObject({
      applied: true,
      wouldCreate: 0,
      wouldUpdate: 1,
      unchanged: 1,
    });
    expect((await connection.db.select().from(units).where(eq(units.code, "imp-parks")))[0]?.nameEn).toBe(
      "Parks and Gardens Bureau",
    );

    // One audit row per chunk that changed something, with its lines and counts.
    const audits = await importAudits();
    expect(audits.map((a) => a.after)).toEqual([
      // The first import ran a row per chunk, the parent (line 3) first.
      { rows: 2, lines: [3, 3], created: 1, updated: 0, unchanged: 0, processed: 1 },
      { rows: 2, lines: [2, 2], created: 1, updated: 0, unchanged: 0, processed: 2 },
      { rows: 2, lines: [2, 3], created: 0, updated: 1, unchanged: 1, processed: 2 },
    ]);

    // A dispatch row that would change an existing entry is refused: entries are never edited.
    const changed = DISPATCH.replace("imp-park-upkeep,,imp-parks,,2026-01-01", "imp-park-upkeep,,imp-east,,2026-01-01");
    expect((await dryRun({ kind: "dispatch", text: changed }, admin, ctx)).problems).toEqual([
      { line: 2, field: "effective_from", messageKey: "entryDiffers" },
    ]);
    expect(
      await connection.db
        .select()
        .from(dispatchEntries)
        .where(and(eq(dispatchEntries.categoryId, category!.id), isNull(dispatchEntries.districtId))),
    ).toHaveLength(1);
  });

  it("imports staff with an invitation mailed after commit; a second run changes nothing", async () => {
    const sent: InvitationNotice[] = [];
    const notify = async (notice: InvitationNotice) => {
      sent.push(notice);
    };
    const file = [
      "email,name,role,unit_code",
      "Imp.Staff@City.gov,Imp Staff,unit_staff,water-group",
      "imp.ops@city.gov,Imp Ops,operator,",
    ].join("\n");
    expect(await runImport("users", file, admin.id, ctx, { notify })).toMatchObject({ applied: true, wouldCreate: 2 });
    expect(sent.map((n) => n.email).sort()).toEqual(["imp.ops@city.gov", "imp.staff@city.gov"]);
    const created = await connection.db
      .select()
      .from(users)
      .where(inArray(users.email, ["imp.ops@city.gov", "imp.staff@city.gov"]));
    expect(created.every((u) => u.passwordHash === null && u.active)).toBe(true);
    expect(
      await connection.db
        .select()
        .from(userInvitations)
        .where(
          inArray(
            userInvitations.userId,
            created.map((u) => u.id),
          ),
        ),
    ).toHaveLength(2);

    expect(await runImport("users", file, admin.id, ctx, { notify })).toMatchObject({
      applied: true,
      wouldCreate: 0,
      wouldUpdate: 0,
      unchanged: 2,
    });
    expect(sent).toHaveLength(2);
  });

  it("imports historic cases with their history; a bad line is reported; a second run creates nothing", async () => {
    const bad = CASES.replace("2026-01-05T10:00:00+08:00,satisfied", "2026-01-02T10:00:00+08:00,satisfied");
    expect((await dryRun({ kind: "cases", text: bad }, admin, ctx)).problems).toEqual([
      { line: 2, field: "closed_at", messageKey: "dateOrder" },
    ]);
    expect(await runImport("cases", bad, admin.id, ctx)).toMatchObject({ applied: false, processed: 0 });
    const imported = () =>
      connection.db
        .select()
        .from(cases)
        .where(like(cases.idempotencyKey, "legacy:IMP-%"))
        .orderBy(asc(cases.idempotencyKey));
    expect(await imported()).toEqual([]);

    expect(await dryRun({ kind: "cases", text: CASES }, admin, ctx)).toMatchObject({
      rows: 2,
      problems: [],
      wouldCreate: 2,
    });
    expect(await runImport("cases", CASES, admin.id, ctx)).toMatchObject({
      applied: true,
      rows: 2,
      processed: 2,
      wouldCreate: 2,
      wouldUpdate: 0,
      unchanged: 0,
    });
    const [closed, open] = await imported();
    expect([closed?.idempotencyKey, open?.idempotencyKey]).toEqual(["legacy:IMP-1", "legacy:IMP-2"]);
    expect(closed).toMatchObject({
      status: "closed",
      referenceYear: 2026,
      replyOutcome: "resolved",
      replyText: "已修复。",
    });
    expect(closed?.dispatchedAt?.toISOString()).toBe("2025-12-31T17:30:00.000Z");
    // Marked as imported, at the time of the import.
    expect([closed?.importedAt, open?.importedAt]).toEqual([T0, T0]);
    expect(closed?.leadUnitId).not.toBeNull();
    expect(open).toMatchObject({
      status: "submitted",
      referenceYear: 2025,
      leadUnitId: null,
      dispatchedAt: null,
      districtId: null,
    });
    for (const c of [closed!, open!]) {
      expect(parseCaseReference(c.reference)).toEqual({ year: c.referenceYear, sequence: c.referenceSequence });
      const events = await connection.db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, c.id))
        .orderBy(asc(caseEvents.id));
      expect(firstBrokenLink(events)).toBe(-1);
      expect(events.every((e) => e.actorRole === "system")).toBe(true);
      expect(events[0]?.note).toBe(`imported from legacy id ${c.idempotencyKey!.slice("legacy:".length)}`);
      expect(await connection.db.select().from(caseContacts).where(eq(caseContacts.caseId, c.id))).toHaveLength(1);
    }
    const eventsOf = async (id: number) =>
      (await connection.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.id))).map(
        (e) => e.event,
      );
    expect(await eventsOf(closed!.id)).toEqual(["submit", "dispatch", "reply", "accept_reply"]);
    expect(await eventsOf(open!.id)).toEqual(["submit"]);
    expect(await connection.db.select().from(caseFeedback).where(eq(caseFeedback.caseId, closed!.id))).toEqual([
      expect.objectContaining({
        round: 0,
        contacted: true,
        solved: true,
        satisfaction: "satisfied",
        unitId: closed!.leadUnitId,
      }),
    ]);

    // Re-running: nothing created, the cases untouched.
    expect(await runImport("cases", CASES, admin.id, ctx)).toMatchObject({
      applied: true,
      wouldCreate: 0,
      wouldUpdate: 0,
      unchanged: 2,
    });
    expect(await imported()).toEqual([closed, open]);
    const audits = await connection.db.select().from(adminAuditLog).where(eq(adminAuditLog.subject, "import:cases"));
    expect(audits.map((a) => a.after)).toEqual([
      { rows: 2, lines: [2, 3], created: 2, updated: 0, unchanged: 0, processed: 2 },
    ]);
  });

  it("gives open imported cases the deadlines of a dispatch at their filing time, in chunks with progress; re-running changes nothing", async () => {
    const header = CASES.split("\n")[0]!;
    const file = [
      header,
      // Filed the day before the 2026 National Day holidays: the working-day clock skips them.
      "OPEN-1,2026-09-30T10:00:00+08:00,complaint,phone,street-light,dongcheng,路灯不亮,路灯不亮。,urban-mgmt,,,,,,",
      "OPEN-2,2026-03-02T09:00:00+08:00,help_request,web,street-light,,Broken lamp,The lamp is broken.,urban-mgmt,,,,,,",
      "OPEN-3,2026-03-03T09:00:00+08:00,complaint,web,street-light,,Dark street,The street is dark.,urban-mgmt,,,,,,",
      "OPEN-4,2026-03-03T11:00:00+08:00,complaint,web,street-light,,Lamp flickers,The lamp flickers.,urban-mgmt,2026-03-05T10:00:00+08:00,explained,Scheduled for repair.,,,",
      "OPEN-5,2026-03-04T11:00:00+08:00,complaint,web,street-light,,Lamp off,The lamp is off.,urban-mgmt,2026-03-05T10:00:00+08:00,resolved,Fixed.,,2026-03-09T10:00:00+08:00,",
    ].join("\n");
    // In November: every date of the file lies before the open month.
    const november = { ...ctx, now: new Date("2026-11-10T02:00:00Z") };
    const progress: number[] = [];
    const result = await runImport("cases", file, admin.id, november, {
      chunkRows: 2,
      onProgress: (n) => void progress.push(n),
    });
    expect(result).toMatchObject({ applied: true, rows: 5, processed: 5, wouldCreate: 5, problems: [] });
    expect(progress).toEqual([2, 4, 5]);

    const imported = async () =>
      connection.db
        .select()
        .from(cases)
        .where(like(cases.idempotencyKey, "legacy:OPEN-%"))
        .orderBy(asc(cases.idempotencyKey));
    const rows = await imported();
    expect(rows.map((c) => c.status)).toEqual(["dispatched", "dispatched", "dispatched", "replied", "closed"]);
    const [policy] = await connection.db
      .select({ policy: slaPolicies })
      .from(categories)
      .innerJoin(slaPolicies, eq(slaPolicies.id, categories.slaPolicyId))
      .where(eq(categories.code, "street-light"));
    for (const open of rows.slice(0, 3)) {
      const expected = roundDeadlines(open.createdAt, policy!.policy, ctx.calendar);
      expect(open).toMatchObject({
        slaPolicyId: policy!.policy.id,
        dispatchedAt: open.createdAt,
        clockStartedAt: open.createdAt,
        ...expected,
      });
    }
    // Reply due five working days after 30 September: after the holidays, not on 5 October.
    const due = rows[0]!.replyDueAt!;
    expect(ctx.calendar.localDate(due) > "2026-10-07").toBe(true);
    // Replied and closed cases keep their own dates and get no deadlines.
    for (const answered of rows.slice(3))
      expect(answered).toMatchObject({ replyDueAt: null, signForDueAt: null, slaPolicyId: null });
    expect(rows[3]?.repliedAt?.toISOString()).toBe("2026-03-05T02:00:00.000Z");

    const again = await runImport("cases", file, admin.id, november, { chunkRows: 2 });
    expect(again).toMatchObject({ applied: true, wouldCreate: 0, unchanged: 5, processed: 5 });
    expect(await imported()).toEqual(rows);
  });

  it("an import job records its progress and result; a file with problems starts no job", async () => {
    const refused = await startImportJob(
      { kind: "units", text: [UNITS, "imp-bad,坏,Bad,ministry,,"].join("\n") },
      admin,
      ctx,
    );
    expect(refused).toMatchObject({
      started: false,
      report: { problems: [{ line: 4, field: "class", messageKey: "unknownClass" }] },
    });

    const file = [
      "code,name_zh,name_en,class,parent_code,district_code",
      "job-a,甲,Job A,city_bureau,city,",
      "job-b,乙,Job B,street_office,job-a,",
      "job-c,丙,Job C,street_office,job-a,",
    ].join("\n");
    const job = await startImportJob({ kind: "units", text: file, chunkRows: 2 }, admin, ctx);
    if (!job.started) throw new Error("job not started");
    expect(await loadImportJob(connection.db, job.jobId)).toMatchObject({
      kind: "units",
      status: "running",
      processed: 0,
      total: 3,
    });
    await job.run();
    expect(await loadImportJob(connection.db, job.jobId)).toMatchObject({
      status: "done",
      processed: 3,
      total: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      failure: null,
    });
  });

  const HEADER = CASES.split("\n")[0]!;
  const caseRow = (id: string, created: string, replied = "", closed = "") =>
    `${id},${created},complaint,phone,street-light,,Lamp ${id},The lamp is out.,urban-mgmt,${replied},${replied ? "resolved,Fixed.," : ",,"},${closed},`;
  const byLegacy = (prefix: string) =>
    connection.db
      .select()
      .from(cases)
      .where(like(cases.idempotencyKey, `legacy:${prefix}%`))
      .orderBy(asc(cases.idempotencyKey));
  const caseAudits = async () =>
    (await connection.db.select().from(adminAuditLog).where(eq(adminAuditLog.subject, "import:cases"))).map(
      (a) => a.after as { lines: number[] },
    );

  it("refuses a case dated in the open month or on and after go-live; one before go-live is imported and marked", async () => {
    // 10 December 2026: December is the open month; every case imported so far is older.
    const december = { ...ctx, now: new Date("2026-12-10T02:00:00Z") };
    const inOpenMonth = [HEADER, caseRow("GL-1", "2026-12-02T09:00:00+08:00")].join("\n");
    // Without a go-live date, the open month is refused.
    expect((await loadSettings(connection.db)).goLiveDate).toBeNull();
    expect((await dryRun({ kind: "cases", text: inOpenMonth }, admin, december)).problems).toEqual([
      { line: 2, field: "created_at", messageKey: "openPeriod" },
    ]);
    expect(await runImport("cases", inOpenMonth, admin.id, december)).toMatchObject({ applied: false, processed: 0 });

    await saveSettings({ goLiveDate: "2026-11-01" }, admin, december);
    try {
      const file = [
        HEADER,
        caseRow("GL-1", "2026-12-02T09:00:00+08:00"),
        // Replied after go-live.
        caseRow("GL-2", "2026-10-20T09:00:00+08:00", "2026-11-03T09:00:00+08:00"),
        // Wholly before go-live.
        caseRow("GL-3", "2026-10-10T09:00:00+08:00", "2026-10-20T09:00:00+08:00", "2026-10-25T09:00:00+08:00"),
      ].join("\n");
      expect((await dryRun({ kind: "cases", text: file }, admin, december)).problems).toEqual([
        { line: 2, field: "created_at", messageKey: "afterGoLive" },
        { line: 3, field: "replied_at", messageKey: "afterGoLive" },
      ]);
      expect(await runImport("cases", file, admin.id, december)).toMatchObject({ applied: false, processed: 0 });
      expect(await byLegacy("GL-")).toEqual([]);

      const admitted = [HEADER, file.split("\n")[3]!].join("\n");
      expect(await runImport("cases", admitted, admin.id, december)).toMatchObject({ applied: true, wouldCreate: 1 });
      const [imported] = await byLegacy("GL-");
      expect(imported).toMatchObject({ status: "closed", importedAt: december.now });

      // The go-live date cannot move back over an imported case (GL-3 was closed on 25 October).
      await expect(saveSettings({ goLiveDate: "2026-10-25" }, admin, december)).rejects.toMatchObject({
        fieldErrors: { goLiveDate: ["goLiveBeforeImports"] },
      });
      await saveSettings({ goLiveDate: "2026-10-26" }, admin, december);
      expect((await loadSettings(connection.db)).goLiveDate).toBe("2026-10-26");
      // Cases filed through the live system are not marked.
      expect(
        await connection.db
          .select({ id: cases.id })
          .from(cases)
          .where(and(isNull(cases.idempotencyKey), isNotNull(cases.importedAt))),
      ).toEqual([]);
    } finally {
      await saveSettings({ goLiveDate: null }, admin, december);
    }
    expect((await loadSettings(connection.db)).goLiveDate).toBeNull();
  });

  it("a failing chunk leaves neither its rows nor its audit row", async () => {
    const file = [
      HEADER,
      caseRow("FAIL-1", "2025-10-01T09:00:00+08:00"),
      caseRow("FAIL-2", "2025-10-02T09:00:00+08:00"),
      caseRow("FAIL-3", "2025-10-03T09:00:00+08:00"),
      caseRow("FAIL-4", "2025-10-04T09:00:00+08:00"),
    ].join("\n");
    const before = (await caseAudits()).length;
    // The second chunk's second case cannot be written: the chunk's first case goes with it.
    await connection.db.execute(sql`create function test_refuse_case() returns trigger language plpgsql as $$
      begin
        if new.idempotency_key = 'legacy:FAIL-4' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await connection.db.execute(
      sql`create trigger test_refuse_case before insert on cases for each row execute function test_refuse_case()`,
    );
    try {
      await expect(runImport("cases", file, admin.id, ctx, { chunkRows: 2 })).rejects.toThrow();
    } finally {
      await connection.db.execute(sql`drop trigger test_refuse_case on cases`);
      await connection.db.execute(sql`drop function test_refuse_case()`);
    }
    expect((await byLegacy("FAIL-")).map((c) => c.idempotencyKey)).toEqual(["legacy:FAIL-1", "legacy:FAIL-2"]);
    expect(
      await connection.db.select().from(caseEvents).where(like(caseEvents.note, "imported from legacy id FAIL-3")),
    ).toEqual([]);
    expect((await caseAudits()).slice(before).map((a) => a.lines)).toEqual([[2, 3]]);

    // The other way round: when the chunk's audit row cannot be written, its cases are not either.
    await connection.db.execute(sql`create function test_refuse_audit() returns trigger language plpgsql as $$
      begin
        if new.subject = 'import:cases' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await connection.db.execute(
      sql`create trigger test_refuse_audit before insert on admin_audit_log for each row execute function test_refuse_audit()`,
    );
    try {
      await expect(runImport("cases", file, admin.id, ctx, { chunkRows: 2 })).rejects.toThrow();
    } finally {
      await connection.db.execute(sql`drop trigger test_refuse_audit on admin_audit_log`);
      await connection.db.execute(sql`drop function test_refuse_audit()`);
    }
    expect(await byLegacy("FAIL-")).toHaveLength(2);
    expect((await caseAudits()).slice(before)).toHaveLength(1);

    // Re-running completes the file: the first chunk is unchanged (no audit row), the second is written.
    expect(await runImport("cases", file, admin.id, ctx, { chunkRows: 2 })).toMatchObject({
      applied: true,
      processed: 4,
    });
    expect(await byLegacy("FAIL-")).toHaveLength(4);
    expect((await caseAudits()).slice(before).map((a) => a.lines)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  it("a case imported into a frozen month leaves its published scorecard as it is, until an admin recomputes it", async () => {
    const february = periodAt(ctx.calendar, "month", new Date("2026-02-15T04:00:00Z"));
    await freezePeriod(ctx, february);
    const versions = () =>
      connection.db
        .select({ version: scorecardSnapshots.version, reason: scorecardSnapshots.reason })
        .from(scorecardSnapshots)
        .where(
          and(
            eq(scorecardSnapshots.periodKind, "month"),
            eq(scorecardSnapshots.periodStart, february.from),
            isNull(scorecardSnapshots.unitId),
          ),
        )
        .orderBy(asc(scorecardSnapshots.version));
    const published = await versions();
    expect(published.length).toBeGreaterThan(0);

    const later = { ...ctx, now: new Date(T0.getTime() + 3_600_000) };
    const file = [
      HEADER,
      caseRow("FROZEN-1", "2026-02-02T09:00:00+08:00", "2026-02-04T09:00:00+08:00", "2026-02-06T09:00:00+08:00"),
    ].join("\n");
    expect(await runImport("cases", file, admin.id, later)).toMatchObject({ applied: true, wouldCreate: 1 });
    // Something live in February changes afterwards (here: the case is touched), so the job recomputes.
    const [imported] = await byLegacy("FROZEN-");
    await connection.db.update(cases).set({ updatedAt: later.now }).where(eq(cases.id, imported!.id));
    const job = { ...ctx, now: new Date(T0.getTime() + 7_200_000) };
    expect(await freezePeriod(job, february)).toMatchObject({ revised: 0 });
    expect(await versions()).toEqual(published);

    // An admin's recomputation, with its public reason, brings the imported case in.
    const outcome = await recomputePeriod({ ...job, now: new Date(T0.getTime() + 10_800_000) }, february, {
      note: "Historic cases imported",
      actorUserId: admin.id,
    });
    expect(outcome.revised).toBeGreaterThan(0);
    expect((await versions()).at(-1)).toEqual({ version: published.at(-1)!.version + 1, reason: "admin_recompute" });
    // And later automatic runs keep that version.
    expect(await freezePeriod({ ...job, now: new Date(T0.getTime() + 14_400_000) }, february)).toMatchObject({
      revised: 0,
    });
  });
});
