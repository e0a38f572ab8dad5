import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, sqlRows } from "@/db/client";
import { listAdminChanges } from "@/db/queries/audit";
import { adminAuditLog, caseCallbacks, caseContacts, caseEvents, caseFeedback, cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { phoneKey } from "@/lib/domain/desk/search-query";
import { AppError } from "@/lib/errors";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { recordCallback } from "@/lib/services/desk/record-callback";
import { searchCases } from "@/lib/services/desk/search-cases";
import { repliedCase, sessionActor, submittedCase } from "./factories";
import { TEST_TARGETS, migratedDatabase } from "./databases";

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"], field?: string, key?: string) {
  await expect(promise).rejects.toSatisfy(
    (error: unknown) =>
      error instanceof AppError &&
      error.code === code &&
      (!field || (error.fieldErrors?.[field] ?? []).includes(key ?? "")),
  );
}

const MOBILE = "13800138000";
const LANDLINE = "010-62345678";

describe.each(TEST_TARGETS)("the hotline desk on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  /** Half an hour after the replies: when the operator calls back. */
  let later: ServiceContext;
  let operator: Actor, supervisor: Actor, staff: Actor, observer: Actor;
  let first: { caseId: number; reference: string };
  let replied: { caseId: number; reference: string };
  let landline: { caseId: number; reference: string };
  let unhappy: { caseId: number; reference: string };

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 20, now: new Date() }));
    ctx = await serviceContext({ db: connection.db, now: new Date() });
    later = { ...ctx, now: new Date(ctx.now.getTime() + 3_600_000) };
    operator = await sessionActor(connection.db, "operator@answerable.local");
    supervisor = await sessionActor(connection.db, "supervisor@answerable.local");
    staff = await sessionActor(connection.db, "staff.water@answerable.local");
    observer = await sessionActor(connection.db, "observer@answerable.local");
    // One caller, two cases, the phone written two ways; another caller on a landline.
    first = await submittedCase(ctx, {
      phone: MOBILE,
      title: "幸福路路灯不亮",
      description: "幸福路3号门前的路灯连续一周不亮。",
    });
    replied = await repliedCase(ctx, "water-group", {
      phone: "+86 138 0013 8000",
      title: "自来水发黄",
      description: "家里的自来水连续三天发黄。",
    });
    landline = await submittedCase(ctx, {
      phone: LANDLINE,
      title: "Noise at night",
      description: "A bar plays music.",
    });
    unhappy = await repliedCase(ctx, "water-group", { title: "Low water pressure" });
    await connection.db
      .update(caseContacts)
      .set({ name: "张小明", address: "江滨区幸福路3号" })
      .where(eq(caseContacts.caseId, first.caseId));
  });
  afterAll(async () => {
    await connection?.close();
  });

  const refs = (result: Awaited<ReturnType<typeof searchCases>>) => result.rows.map((row) => row.reference);

  it("the database keys each stored phone as phoneKey does", async () => {
    const rows = await connection.db
      .select({ phone: caseContacts.phone, key: caseContacts.phoneKey })
      .from(caseContacts)
      .where(sql`${caseContacts.caseId} in (${first.caseId}, ${replied.caseId}, ${landline.caseId})`);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.key).toBe(phoneKey(row.phone ?? ""));
    // And for the spellings a caller's number comes in, through the same expression.
    const spellings = [
      "+86 138 0013 8000",
      "0086-138-0013-8000",
      "１３８００１３８０００",
      "(010) 6234 5678",
      "+86 10 6234 5678",
      "010-62345678转123",
      "0755 1234 567",
    ];
    for (const phone of spellings) {
      const [row] = await sqlRows<{ key: string | null }>(
        connection.db,
        sql`select nullif(regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate(${phone}::text, '０１２３４５６７８９', '0123456789'), '(ext|#|转).*$', '', 'i'), '[^0-9]', '', 'g'), '^(?:0086|86)(1[3-9][0-9]{9})$', '\\1'), '^(?:0086|86)(10[0-9]{8}|[2-9][0-9]{8,10})$', '0\\1'), '') as key`,
      );
      expect(row?.key, phone).toBe(phoneKey(phone));
    }
  });

  it("a phone number however written finds the caller's earlier cases, newest first", async () => {
    for (const typed of ["138 0013 8000", "+86 13800138000", "0086-138-0013-8000", "13800138000"]) {
      const result = await searchCases({ q: typed }, operator, ctx);
      expect(result.kind, typed).toBe("phone");
      expect(refs(result), typed).toEqual([replied.reference, first.reference]);
    }
    const result = await searchCases({ q: "+86 10 6234 5678" }, operator, ctx);
    expect(refs(result)).toEqual([landline.reference]);
    expect(result.rows[0]?.contact?.phone).toBe(LANDLINE);
    expect(result.showContacts).toBe(true);
    expect(result.mayCallback).toBe(true);
  });

  it("a reference finds its case", async () => {
    const result = await searchCases({ q: replied.reference.toLowerCase() }, operator, ctx);
    expect(result.kind).toBe("reference");
    expect(refs(result)).toEqual([replied.reference]);
  });

  it.each([
    ["路灯", "a two-character Chinese word of the title"],
    ["张小", "two characters of the caller's name"],
    ["幸福路", "three characters (the trigram index)"],
    ["幸福路3号", "the caller's address"],
    ["发黄", "the description"],
    ["noise AT", "English, in any case"],
  ])("text %s finds %s", async (text) => {
    const result = await searchCases({ q: text }, operator, ctx);
    expect(result.kind).toBe("text");
    expect(result.rows.length).toBeGreaterThan(0);
    const expected = text === "发黄" ? replied : text.startsWith("noise") ? landline : first;
    expect(refs(result)).toContain(expected.reference);
  });

  it("a two-character query without dates scans the last 90 days; dates narrow every search", async () => {
    const short = await searchCases({ q: "路灯" }, operator, ctx);
    const today = ctx.calendar.localDate(ctx.now);
    expect(short.from).toBe(ctx.calendar.addCalendarDays(today, -90));
    const tomorrow = ctx.calendar.addCalendarDays(today, 1);
    expect(refs(await searchCases({ q: "路灯", from: tomorrow }, operator, ctx))).toEqual([]);
    expect(refs(await searchCases({ q: MOBILE, to: "2020-01-01" }, operator, ctx))).toEqual([]);
    expect(refs(await searchCases({ q: MOBILE, from: today, to: today }, operator, ctx))).toHaveLength(2);
    await expectRefusal(
      searchCases({ q: MOBILE, from: today, to: "2020-01-01" }, operator, ctx),
      "validation",
      "to",
      "dateOrder",
    );
    await expectRefusal(searchCases({ q: "路" }, operator, ctx), "validation", "q", "tooShort");
    await expectRefusal(searchCases({ q: " " }, operator, ctx), "validation", "q", "required");
  });

  it("LIKE's own characters are searched literally", async () => {
    expect(refs(await searchCases({ q: "%%" }, operator, ctx))).toEqual([]);
    expect(refs(await searchCases({ q: "__" }, operator, ctx))).toEqual([]);
  });

  it("the trigram indexes serve a three-character query", async () => {
    await connection.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await sqlRows<Record<string, string>>(
        tx,
        sql`explain select id from cases where title ilike '%幸福路%' or description ilike '%幸福路%'`,
      );
      expect(plan.map((row) => Object.values(row)[0]).join("\n")).toMatch(/cases_(title|description)_trgm_idx/);
    });
  });

  it("every search is in the audit log, with the number as normalised, and not on the admin audit page", async () => {
    await searchCases({ q: "+86 138-0013-8000" }, operator, ctx);
    const [row] = await connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.action, "desk.search"))
      .orderBy(desc(adminAuditLog.id))
      .limit(1);
    expect(row?.actorUserId).toBe(operator.id);
    expect(row?.subject).toBe("desk_search:phone");
    expect(row?.after).toMatchObject({ kind: "phone", term: MOBILE });
    const page = await listAdminChanges(connection.db, { area: null, beforeId: null, limit: 500 });
    expect(page.some((change) => change.subject.startsWith("desk_search:"))).toBe(false);
  });

  it("supervisors search without the caller's details; units and observers may not search", async () => {
    const result = await searchCases({ q: MOBILE }, supervisor, ctx);
    expect(refs(result)).toEqual([replied.reference, first.reference]);
    expect(result.showContacts).toBe(false);
    expect(result.mayCallback).toBe(false);
    await expectRefusal(searchCases({ q: MOBILE }, staff, ctx), "forbidden");
    await expectRefusal(searchCases({ q: MOBILE }, observer, ctx), "forbidden");
  });

  it("a callback: an unreached attempt, then the caller's answers as the feedback of record", async () => {
    const calledAt = new Date(ctx.now.getTime() + 1_800_000);
    await expectRefusal(
      recordCallback({ reference: replied.reference, reached: false, calledAt }, supervisor, later),
      "forbidden",
    );
    await expectRefusal(
      recordCallback({ reference: replied.reference, reached: false, solved: true, calledAt }, operator, later),
      "validation",
      "reached",
      "notReachedNoAnswers",
    );
    await expectRefusal(
      recordCallback({ reference: replied.reference, reached: true, calledAt: new Date(0) }, operator, later),
      "validation",
      "calledAt",
      "calledBeforeReply",
    );
    await expectRefusal(
      recordCallback({ reference: first.reference, reached: false, calledAt }, operator, later),
      "invalid_transition",
    );

    expect(await recordCallback({ reference: replied.reference, reached: false, calledAt }, operator, later)).toEqual({
      reference: replied.reference,
      outcome: "not_reached",
    });
    const [stillWaiting] = await connection.db.select().from(cases).where(eq(cases.id, replied.caseId));
    expect(stillWaiting?.status).toBe("replied");
    expect(await connection.db.select().from(caseFeedback).where(eq(caseFeedback.caseId, replied.caseId))).toEqual([]);

    const result = await recordCallback(
      {
        reference: replied.reference,
        reached: true,
        contacted: true,
        solved: true,
        satisfaction: "satisfied",
        calledAt,
      },
      operator,
      later,
    );
    expect(result.outcome).toBe("closed");
    const [closed] = await connection.db.select().from(cases).where(eq(cases.id, replied.caseId));
    expect(closed?.status).toBe("closed");
    const feedback = await connection.db.select().from(caseFeedback).where(eq(caseFeedback.caseId, replied.caseId));
    expect(feedback).toMatchObject([{ round: 0, contacted: true, solved: true, satisfaction: "satisfied" }]);
    const calls = await connection.db
      .select()
      .from(caseCallbacks)
      .where(eq(caseCallbacks.caseId, replied.caseId))
      .orderBy(caseCallbacks.id);
    expect(calls.map((call) => [call.reached, call.feedbackRound, call.operatorUserId])).toEqual([
      [false, null, operator.id],
      [true, 0, operator.id],
    ]);
    const [event] = await connection.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, replied.caseId), eq(caseEvents.event, "accept_reply")));
    expect(event?.data).toMatchObject({
      via: "phone_callback",
      calledAt: calledAt.toISOString(),
      satisfaction: "satisfied",
    });
    const audit = await connection.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.action, "desk.callback"), eq(adminAuditLog.subject, `case:${replied.reference}`)));
    expect(audit.map((row) => row.after)).toMatchObject([
      { reached: false, outcome: "not_reached" },
      { reached: true, satisfaction: "satisfied", outcome: "closed" },
    ]);
    // Closed: the feedback of record stands, no second callback.
    await expectRefusal(
      recordCallback({ reference: replied.reference, reached: false, calledAt }, operator, later),
      "invalid_transition",
    );
  });

  it("an unhappy caller may have the case sent back; a happy one may not", async () => {
    const calledAt = new Date(ctx.now.getTime() + 1_800_000);
    await expectRefusal(
      recordCallback(
        {
          reference: unhappy.reference,
          reached: true,
          contacted: true,
          solved: true,
          satisfaction: "very_satisfied",
          calledAt,
          sendBack: true,
        },
        operator,
        later,
      ),
      "validation",
      "sendBack",
      "sendBackNeedsReason",
    );
    const result = await recordCallback(
      {
        reference: unhappy.reference,
        reached: true,
        contacted: false,
        solved: false,
        satisfaction: "dissatisfied",
        calledAt,
        sendBack: true,
      },
      operator,
      later,
    );
    expect(result.outcome).toBe("sent_back");
    const [row] = await connection.db.select().from(cases).where(eq(cases.id, unhappy.caseId));
    expect(row?.status).toBe("dispatched");
    expect(row?.rehandleCount).toBe(1);
  });
});
