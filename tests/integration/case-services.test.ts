import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { caseCoUnits, caseEvents, cases, units } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { AppError } from "@/lib/errors";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { dispatchInTransaction } from "@/lib/services/cases/dispatch-case";
import { firstBrokenLink } from "@/lib/services/cases/event-hash";
import { decideExtension, requestExtension } from "@/lib/services/cases/extensions";
import { giveFeedback } from "@/lib/services/cases/give-feedback";
import { closeUnratedCases } from "@/lib/services/cases/sweep";
import { type CaseActor, SYSTEM_ACTOR } from "@/lib/services/cases/transition";
import { answerDirectly, dispatchCase, mergeCase, redirectCase, ruleOnDispute } from "@/lib/services/cases/triage";
import {
  addNote,
  approveReply,
  awaitCitizen,
  citizenResponded,
  disputeCase,
  recordContact,
  replyToCase,
  returnReply,
  signFor,
} from "@/lib/services/cases/unit-handling";
import { actorFor, createSubmittedCase, unitId } from "./factories";
import { TEST_TARGETS, migratedDatabase } from "./databases";

// Tuesday 10 March 2026, 10:00 in Beijing: an ordinary working week.
const T0 = new Date("2026-03-10T02:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"]) {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === code);
}

describe.each(TEST_TARGETS)("case services on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let operator: CaseActor, waterStaff: CaseActor, waterHead: CaseActor, urbanStaff: CaseActor, supervisor: CaseActor;
  let water: number, urban: number, health: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 100, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    operator = await actorFor(connection.db, "operator@answerable.local");
    waterStaff = await actorFor(connection.db, "staff.water@answerable.local");
    waterHead = await actorFor(connection.db, "head.water@answerable.local");
    urbanStaff = await actorFor(connection.db, "staff.urban@answerable.local");
    supervisor = await actorFor(connection.db, "supervisor@answerable.local");
    water = await unitId(connection.db, "water-group");
    urban = await unitId(connection.db, "urban-mgmt");
    health = await unitId(connection.db, "health");
  });
  afterAll(async () => {
    await connection?.close();
  });

  const dispatchedToWater = async () => {
    const row = await createSubmittedCase(connection.db, { createdAt: at(-1) });
    await dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [health] }, operator, await ctx(T0));
    return row.id;
  };
  const load = async (id: number) => (await connection.db.select().from(cases).where(eq(cases.id, id)))[0]!;

  it("an operator dispatches: the case gets its lead unit, co-units and working-day deadlines", async () => {
    const id = await dispatchedToWater();
    const row = await load(id);
    expect(row.status).toBe("dispatched");
    expect(row.leadUnitId).toBe(water);
    expect(row.signForDueAt?.toISOString()).toBe("2026-03-11T16:00:00.000Z"); // end of Wed 11 March
    expect(row.replyDueAt?.toISOString()).toBe("2026-03-17T16:00:00.000Z"); // 5 working days
    const co = await connection.db.select().from(caseCoUnits).where(eq(caseCoUnits.caseId, id));
    expect(co.map((c) => c.unitId)).toEqual([health]);
  });

  it("refuses a dispatch by the wrong role, in the wrong state or to an inactive unit", async () => {
    const row = await createSubmittedCase(connection.db);
    await expectRefusal(
      dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [] }, waterStaff, await ctx(T0)),
      "forbidden",
    );
    await expectRefusal(
      dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [] }, supervisor, await ctx(T0)),
      "forbidden",
    );
    const inactive = (
      await connection.db
        .insert(units)
        .values({ code: "closed-unit", nameZh: "已撤销", nameEn: "Closed", unitClass: "city_bureau", active: false })
        .returning()
    )[0]!;
    await expectRefusal(
      dispatchCase({ caseId: row.id, leadUnitId: inactive.id, coUnitIds: [] }, operator, await ctx(T0)),
      "validation",
    );
    await dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [] }, operator, await ctx(T0));
    await expectRefusal(
      dispatchCase({ caseId: row.id, leadUnitId: water, coUnitIds: [] }, operator, await ctx(T0)),
      "invalid_transition",
    );
  });

  it("the lead unit signs for, contacts and replies; the reply's facts are frozen", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(2)));
    expect((await load(id)).signedForOnTime).toBe(true);
    await recordContact(id, "Called the citizen.", waterStaff, await ctx(at(4)));
    await replyToCase(
      { caseId: id, outcome: "resolved", text: "Pipe flushed.", legalBasis: null, nextSteps: null },
      waterStaff,
      await ctx(at(24)),
    );
    const row = await load(id);
    expect(row.status).toBe("replied");
    expect(row.repliedOnTime).toBe(true);
    expect(row.workingDaysToReply).toBe(1);
    expect(row.feedbackDueAt?.toISOString()).toBe("2026-03-18T16:00:00.000Z"); // 5 working days after Wed 11
  });

  it("another unit, a co-unit or a citizen cannot act as the lead", async () => {
    const id = await dispatchedToWater();
    await expectRefusal(signFor(id, urbanStaff, await ctx(at(1))), "not_found");
    const healthStaff: CaseActor = { userId: null, role: "unit_staff", unitId: health };
    await expectRefusal(signFor(id, healthStaff, await ctx(at(1))), "not_found");
    await expectRefusal(signFor(id, { userId: null, role: "citizen", unitId: null }, await ctx(at(1))), "forbidden");
    await expectRefusal(
      replyToCase(
        { caseId: id, outcome: "resolved", text: "x", legalBasis: null, nextSteps: null },
        waterStaff,
        await ctx(at(1)),
      ),
      "invalid_transition",
    );
    // A co-unit may send its input to the lead.
    await signFor(id, waterStaff, await ctx(at(2)));
    await addNote(id, "Our lab results attached.", healthStaff, await ctx(at(3)), "co_unit_input");
    await expectRefusal(addNote(id, "Not ours.", urbanStaff, await ctx(at(3)), "co_unit_input"), "not_found");
  });

  it("a unit requiring approval: staff submit, the head returns, then approves", async () => {
    await connection.db.update(units).set({ requiresReplyApproval: true }).where(eq(units.id, water));
    try {
      const id = await dispatchedToWater();
      await signFor(id, waterStaff, await ctx(at(1)));
      await recordContact(id, "Called.", waterStaff, await ctx(at(2)));
      await replyToCase(
        { caseId: id, outcome: "explained", text: "Draft.", legalBasis: null, nextSteps: null },
        waterStaff,
        await ctx(at(3)),
      );
      expect((await load(id)).status).toBe("awaiting_approval");
      // The draft is not the case's reply until the head approves it: the citizen cannot see it.
      expect((await load(id)).replyText).toBeNull();
      await expectRefusal(approveReply(id, waterStaff, await ctx(at(4))), "forbidden");
      await returnReply(id, "Say what was done.", waterHead, await ctx(at(4)));
      expect((await load(id)).status).toBe("in_progress");
      await replyToCase(
        { caseId: id, outcome: "resolved", text: "Fixed on site.", legalBasis: null, nextSteps: null },
        waterStaff,
        await ctx(at(5)),
      );
      await approveReply(id, waterHead, await ctx(at(6)));
      const row = await load(id);
      expect(row.status).toBe("replied");
      expect(row.replyText).toBe("Fixed on site.");
    } finally {
      await connection.db.update(units).set({ requiresReplyApproval: false }).where(eq(units.id, water));
    }
  });

  it("a not-supported reply needs a legal basis (the database refuses one without)", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await recordContact(id, "Called.", waterStaff, await ctx(at(2)));
    await expect(
      replyToCase(
        { caseId: id, outcome: "not_supported", text: "No.", legalBasis: null, nextSteps: null },
        waterStaff,
        await ctx(at(3)),
      ),
    ).rejects.toThrow();
    expect((await load(id)).status).toBe("contacted");
  });

  it("a dispute within the window goes back to the operator, who reassigns or designates", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await disputeCase(id, "Not ours: a private well.", waterStaff, await ctx(at(2)));
    let row = await load(id);
    expect(row.status).toBe("disputed");
    expect(row.disputeCount).toBe(1);
    await expectRefusal(
      ruleOnDispute({ caseId: id, ruling: "reassign", leadUnitId: urban, coUnitIds: [] }, waterStaff, await ctx(at(3))),
      "forbidden",
    );
    await ruleOnDispute(
      { caseId: id, ruling: "reassign", leadUnitId: urban, coUnitIds: [] },
      operator,
      await ctx(at(3)),
    );
    row = await load(id);
    expect([row.status, row.leadUnitId, row.designated]).toEqual(["dispatched", urban, false]);
    // A new round for the new unit: nothing of the first unit's handling carries over.
    expect([row.signedForAt, row.signedForOnTime, row.contactedAt]).toEqual([null, null, null]);
    expect(row.clockStartedAt?.toISOString()).toBe(at(3).toISOString());
    await disputeCase(id, "Not ours either.", urbanStaff, await ctx(at(4)));
    await ruleOnDispute(
      { caseId: id, ruling: "designate", leadUnitId: water, coUnitIds: [] },
      operator,
      await ctx(at(5)),
    );
    row = await load(id);
    expect([row.leadUnitId, row.designated]).toEqual([water, true]);
    // A designated unit can no longer return the case.
    await expectRefusal(disputeCase(id, "Still not ours.", waterStaff, await ctx(at(6))), "validation");
  });

  it("no dispute after the dispute window of 5 working days", async () => {
    const id = await dispatchedToWater();
    await expectRefusal(disputeCase(id, "Too late.", waterStaff, await ctx(at(24 * 8))), "validation");
  });

  it("a reassigned unit's dispute window counts from its own dispatch, 5 working days", async () => {
    const id = await dispatchedToWater();
    await disputeCase(id, "Not ours.", waterStaff, await ctx(at(2)));
    // The operator rules late, on Thursday 19 March: the new unit's window runs to the end of Thu 26 March.
    const reassignedAt = at(24 * 9);
    await ruleOnDispute(
      { caseId: id, ruling: "reassign", leadUnitId: urban, coUnitIds: [] },
      operator,
      await ctx(reassignedAt),
    );
    expect((await load(id)).disputeDueAt?.toISOString()).toBe("2026-03-26T16:00:00.000Z");
    await expectRefusal(disputeCase(id, "Too late.", urbanStaff, await ctx(at(24 * 17))), "validation");
    await disputeCase(id, "Not ours either.", urbanStaff, await ctx(at(24 * 15)));
    expect((await load(id)).status).toBe("disputed");
  });

  it("a case sent back for re-handling cannot be disputed by the unit that handled it", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await recordContact(id, "Called.", waterStaff, await ctx(at(2)));
    await replyToCase(
      { caseId: id, outcome: "resolved", text: "Fixed.", legalBasis: null, nextSteps: null },
      waterStaff,
      await ctx(at(3)),
    );
    await giveFeedback(
      { caseId: id, contacted: true, solved: false, satisfaction: "dissatisfied", decision: "send_back" },
      { userId: operator.userId, role: "operator" },
      await ctx(at(4)),
    );
    expect((await load(id)).status).toBe("dispatched");
    const refusal = await disputeCase(id, "Not ours after all.", waterStaff, await ctx(at(5))).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "validation", fieldErrors: { reason: ["disputeWindowClosed"] } });
  });

  it("three returns make a problem case for the supervisor", async () => {
    const row = await createSubmittedCase(connection.db);
    const c = await ctx(T0);
    await connection.db.transaction((tx) =>
      dispatchInTransaction(tx, { caseId: row.id, event: "dispatch", actor: operator, leadUnitId: water }, c),
    );
    for (let i = 0; i < 3; i++) {
      await disputeCase(row.id, `Return ${i + 1}`, i % 2 === 0 ? waterStaff : urbanStaff, await ctx(at(i * 2 + 1)));
      if (i < 2)
        await ruleOnDispute(
          { caseId: row.id, ruling: "reassign", leadUnitId: i % 2 === 0 ? urban : water, coUnitIds: [] },
          operator,
          await ctx(at(i * 2 + 2)),
        );
    }
    const after = await load(row.id);
    expect(after.problemCase).toBe(true);
    const events = await connection.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.event, "escalate")));
    expect(events).toHaveLength(1);
  });

  const replyAsWater = async (id: number, when: Date) => {
    const row = await load(id);
    if (row.status === "dispatched") await signFor(id, waterStaff, await ctx(when));
    if (!(await load(id)).contactedAt) await recordContact(id, "Called.", waterStaff, await ctx(when));
    await replyToCase(
      { caseId: id, outcome: "resolved", text: "Fixed.", legalBasis: null, nextSteps: null },
      waterStaff,
      await ctx(when),
    );
  };
  const rate = async (id: number, when: Date, fixed: boolean, decision: "accept" | "send_back") =>
    giveFeedback(
      {
        caseId: id,
        contacted: true,
        solved: fixed,
        satisfaction: fixed ? "satisfied" : "very_dissatisfied",
        decision,
      },
      { userId: operator.userId, role: "operator" },
      await ctx(when),
    );

  it("with the shipped defaults, a third round rated not fixed makes a problem case", async () => {
    const c = await ctx(T0);
    expect([c.settings.rehandleLimit, c.settings.problemCaseThreshold]).toEqual([2, 3]);
    const id = await dispatchedToWater();
    for (let round = 0; round < 2; round++) {
      await replyAsWater(id, at(round * 24 + 1));
      await rate(id, at(round * 24 + 2), false, "send_back");
      expect((await load(id)).problemCase).toBe(false);
    }
    await replyAsWater(id, at(49));
    await rate(id, at(50), false, "accept"); // the limit: it cannot be sent back again
    const row = await load(id);
    expect([row.status, row.problemCase]).toEqual(["closed", true]);
    const escalations = await connection.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, id), eq(caseEvents.event, "escalate")));
    expect(escalations.map((e) => [e.actorRole, e.isPublic, e.data])).toEqual([
      ["system", false, { disputes: 0, rehandles: 2, unfixedRounds: 3 }],
    ]);

    // Fixed the third time: no problem case.
    const fixed = await dispatchedToWater();
    for (let round = 0; round < 2; round++) {
      await replyAsWater(fixed, at(round * 24 + 1));
      await rate(fixed, at(round * 24 + 2), false, "send_back");
    }
    await replyAsWater(fixed, at(49));
    await rate(fixed, at(50), true, "accept");
    expect((await load(fixed)).problemCase).toBe(false);
  });

  it("a bad rating's re-handling is due in 15 working days, and keeps them through a pause", async () => {
    const id = await dispatchedToWater();
    await replyAsWater(id, at(1));
    await rate(id, at(2), false, "send_back"); // very dissatisfied: a bad rating
    let row = await load(id);
    expect([row.replyAllowanceKind, row.replyAllowanceAmount]).toEqual(["working_days", 15]);
    expect(row.replyDueAt?.toISOString()).toBe("2026-03-31T16:00:00.000Z"); // 15 working days after Tue 10
    await signFor(id, waterStaff, await ctx(at(3)));
    await recordContact(id, "Called again.", waterStaff, await ctx(at(3)));
    await awaitCitizen(id, "Waiting for access.", waterStaff, await ctx(at(4)));
    await citizenResponded(id, "Access given.", waterStaff, await ctx(at(4 + 48))); // Thursday 14:00
    row = await load(id);
    expect(row.replyDueAt?.toISOString()).toBe("2026-04-02T16:00:00.000Z"); // two working days later

    // Sent back unsolved without a bad rating: the policy's reply limit, 5 working days.
    const other = await dispatchedToWater();
    await replyAsWater(other, at(1));
    await giveFeedback(
      { caseId: other, contacted: true, solved: false, satisfaction: "basically_satisfied", decision: "send_back" },
      { userId: operator.userId, role: "operator" },
      await ctx(at(2)),
    );
    expect((await load(other)).replyDueAt?.toISOString()).toBe("2026-03-17T16:00:00.000Z");
  });

  it("an extension is asked with a reason, approved by the head, and moves the due date publicly", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await expectRefusal(
      requestExtension({ caseId: id, amount: 9, reason: "Parts on order." }, waterStaff, await ctx(at(2))),
      "validation",
    ); // policy allows 5
    await requestExtension({ caseId: id, amount: 3, reason: "Parts on order." }, waterStaff, await ctx(at(2)));
    await expectRefusal(
      requestExtension({ caseId: id, amount: 2, reason: "Again." }, waterStaff, await ctx(at(3))),
      "validation",
    );
    await expectRefusal(
      decideExtension({ caseId: id, approve: true, note: null }, waterStaff, await ctx(at(3))),
      "forbidden",
    );
    await decideExtension({ caseId: id, approve: true, note: null }, waterHead, await ctx(at(3)));
    const row = await load(id);
    expect(row.replyDueAt?.toISOString()).toBe("2026-03-20T16:00:00.000Z"); // 5 + 3 working days
    expect(row.extensionCount).toBe(1);
    const [approval] = await connection.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, id), eq(caseEvents.event, "approve_extension")));
    expect([approval?.isPublic, approval?.note]).toEqual([true, "Parts on order."]);
    // The general policy allows one extension.
    await expectRefusal(
      requestExtension({ caseId: id, amount: 1, reason: "More." }, waterStaff, await ctx(at(4))),
      "validation",
    );
  });

  it("waiting for the citizen pauses the clock; the due date moves by the working days paused", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await recordContact(id, "Asked for photos.", waterStaff, await ctx(at(2)));
    await awaitCitizen(id, "Waiting for photos of the meter.", waterStaff, await ctx(at(3)));
    expect((await load(id)).clockPausedAt?.toISOString()).toBe(at(3).toISOString());
    await citizenResponded(id, "Photos received.", waterStaff, await ctx(at(3 + 48))); // Thursday 10:00
    const row = await load(id);
    expect(row.status).toBe("in_progress");
    expect(row.clockPausedAt).toBeNull();
    expect(row.replyDueAt?.toISOString()).toBe("2026-03-19T16:00:00.000Z"); // two working days later
  });

  it("the operator answers an inquiry directly, redirects and merges", async () => {
    const inquiry = await createSubmittedCase(connection.db, { type: "inquiry", category: "utility-billing" });
    await answerDirectly({ caseId: inquiry.id, answer: "Bills are monthly." }, operator, await ctx(T0));
    expect((await load(inquiry.id)).status).toBe("closed");
    const complaint = await createSubmittedCase(connection.db);
    await expectRefusal(answerDirectly({ caseId: complaint.id, answer: "No." }, operator, await ctx(T0)), "validation");

    await redirectCase(
      {
        caseId: complaint.id,
        channel: "litigation",
        reasonCode: "court_matter",
        note: "A contract dispute for the courts.",
      },
      operator,
      await ctx(T0),
    );
    const redirected = await load(complaint.id);
    expect([redirected.status, redirected.redirectChannel]).toEqual(["redirected", "litigation"]);

    const first = await createSubmittedCase(connection.db, { createdAt: at(-5) });
    const duplicate = await createSubmittedCase(connection.db, { createdAt: at(-1) });
    await expectRefusal(
      mergeCase({ caseId: first.id, intoReference: duplicate.reference }, operator, await ctx(T0)),
      "validation",
    );
    await mergeCase({ caseId: duplicate.id, intoReference: first.reference.toLowerCase() }, operator, await ctx(T0));
    expect((await load(duplicate.id)).mergedIntoId).toBe(first.id);
    const [link] = await connection.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, first.id), eq(caseEvents.event, "add_note")));
    expect(link?.note).toBe(duplicate.reference);
  });

  it("the sweep closes replied cases as not rated once the feedback window has passed", async () => {
    const id = await dispatchedToWater();
    await signFor(id, waterStaff, await ctx(at(1)));
    await recordContact(id, "Called.", waterStaff, await ctx(at(2)));
    await replyToCase(
      { caseId: id, outcome: "resolved", text: "Done.", legalBasis: null, nextSteps: null },
      waterStaff,
      await ctx(at(3)),
    );
    await closeUnratedCases(await ctx(at(24 * 4)));
    expect((await load(id)).status).toBe("replied");
    await closeUnratedCases(await ctx(at(24 * 8)));
    const row = await load(id);
    expect(row.status).toBe("closed");
    const [last] = await connection.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, id))
      .orderBy(asc(caseEvents.id))
      .then((rows) => rows.slice(-1));
    expect([last?.event, last?.actorRole]).toEqual(["close_unrated", SYSTEM_ACTOR.role]);
  });

  it("every case touched here still has an intact event chain", async () => {
    const touched = await connection.db.select({ id: cases.id }).from(cases).where(eq(cases.referenceYear, 2099));
    expect(touched.length).toBeGreaterThan(10);
    for (const { id } of touched) {
      const events = await connection.db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, id))
        .orderBy(asc(caseEvents.id));
      expect(firstBrokenLink(events), `case ${id}`).toBe(-1);
    }
  });
});
