import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { answersOfNotices, findNotice } from "@/db/queries/supervision-notices";
import { cardCountsOfUnit, listCards } from "@/db/queries/supervision";
import { mailOutbox, supervisionCards, units, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { answerNotice } from "@/lib/services/supervision/answer-notice";
import { decideAnswer } from "@/lib/services/supervision/decide-answer";
import { escalateOverdueNotices } from "@/lib/services/supervision/escalate-notices";
import { issueNotice } from "@/lib/services/supervision/issue-notice";
import { publicNoticesOfUnit } from "@/lib/services/supervision/public-notices";
import { issueNoticeSchema } from "@/lib/validation/supervision-notices";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { caseAwaitingReply, sessionActor, unitId } from "./factories";

// Tue 10 March 2026, 10:00 in Beijing. A notice answered in 5 working days is due at the end of
// Tue 17 March; in 2, at the end of Thu 12 March.
const T0 = new Date("2026-03-10T02:00:00Z");
const beijing = (iso: string) => new Date(`${iso}+08:00`);

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe.each(TEST_TARGETS)("supervision notices on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let supervisor: Actor;
  let head: Actor;
  let staff: Actor;
  let otherHead: Actor;
  let water: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    water = await unitId(connection.db, "water-group");
    supervisor = await sessionActor(connection.db, "supervisor@answerable.local");
    head = await sessionActor(connection.db, "head.water@answerable.local");
    staff = await sessionActor(connection.db, "staff.water@answerable.local");
    otherHead = await sessionActor(connection.db, "head.urban@answerable.local");
    // The water group's superior unit gets a head, who is told of an escalation.
    const [waterUnit] = await connection.db.select().from(units).where(eq(units.id, water));
    if (!waterUnit?.parentId) throw new Error("the water group has no superior unit");
    await connection.db.insert(users).values({
      email: "head.city@answerable.local",
      name: "City head",
      role: "unit_head",
      unitId: waterUnit.parentId,
    });
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  const issue = async (fields: Record<string, string>, now = T0) =>
    issueNotice(
      issueNoticeSchema.parse({ level: "key", unitId: String(water), ...fields }),
      supervisor,
      await ctx(now),
    );

  it("issue → answer → send back → answer → accept, each step by whom it belongs to", async () => {
    const made = await caseAwaitingReply(await ctx(T0), "water-group", { title: "Leak at Test Citizen's gate" });
    const { id } = await issue({
      references: made.reference,
      demand: "Repair the leak Test Citizen reported and call back on 13800138000.",
    });
    expect(await findNotice(connection.db, id)).toMatchObject({
      status: "issued",
      level: "key",
      dueAt: beijing("2026-03-18T00:00"),
      escalatedAt: null,
    });
    // The unit's heads are told.
    const told = await connection.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.about, `notice:${id}`));
    expect(told.map((m) => m.toAddress)).toContain("head.water@answerable.local");

    // Nothing to accept yet; only the unit's head answers.
    const decide = async (decision: "accepted" | "sent_back", reason: string | null, now: Date) =>
      decideAnswer({ noticeId: id, decision, reason, workingDays: 3 }, supervisor, await ctx(now));
    expect(await decide("accepted", null, T0).catch(codeOf)).toBe("invalid_transition");
    const answer = (who: Actor, actions: string, now: Date) =>
      ctx(now).then((c) => answerNotice({ noticeId: id, actions, doneBy: "2026-03-20" }, who, c));
    expect(await answer(staff, "Done.", T0).catch(codeOf)).toBe("forbidden");
    expect(await answer(otherHead, "Done.", T0).catch(codeOf)).toBe("not_found");

    await answer(head, "The pipe was replaced; Test Citizen was told.", beijing("2026-03-12T10:00"));
    expect((await findNotice(connection.db, id))?.status).toBe("answered");
    expect(await answer(head, "Twice.", beijing("2026-03-12T11:00")).catch(codeOf)).toBe("invalid_transition");

    // Sent back on Fri 13 March with 3 working days: the new answer is due at the end of Wed 18.
    await decide("sent_back", "Say when the road surface will be restored.", beijing("2026-03-13T09:00"));
    expect(await findNotice(connection.db, id)).toMatchObject({
      status: "sent_back",
      dueAt: beijing("2026-03-19T00:00"),
    });
    await answer(head, "The road is restored by 20 March.", beijing("2026-03-16T09:00"));
    await decide("accepted", null, beijing("2026-03-16T15:00"));
    expect(await findNotice(connection.db, id)).toMatchObject({
      status: "accepted",
      acceptedAt: beijing("2026-03-16T15:00"),
    });
    expect((await answersOfNotices(connection.db, [id])).map((a) => [a.round, a.decision, a.reason !== null])).toEqual([
      [1, "sent_back", true],
      [2, "accepted", false],
    ]);
    // Accepted is final.
    expect(await decide("sent_back", "Again.", beijing("2026-03-17T09:00")).catch(codeOf)).toBe("invalid_transition");

    // The public reads the notice and its answers without the citizen's name or phone.
    const [published] = (await publicNoticesOfUnit(connection.db, water, T0)).filter((n) => n.id === id);
    const texts = JSON.stringify(published);
    expect(published).toMatchObject({ caseCount: 1, status: "accepted" });
    expect(texts).not.toContain("Test Citizen");
    expect(texts).not.toContain("13800138000");
    expect(texts).not.toContain(made.reference);
    expect(published?.answers.map((a) => a.late)).toEqual([false, false]);
  });

  it("a case of another unit, or no subject at all, is refused", async () => {
    const other = await caseAwaitingReply(await ctx(T0), "urban-mgmt");
    expect(await issue({ references: other.reference, demand: "Act." }).catch((e: AppError) => e.fieldErrors)).toEqual({
      references: ["caseOfAnotherUnit"],
    });
    expect(issueNoticeSchema.safeParse({ level: "key", unitId: String(water), demand: "Act." }).success).toBe(false);
  });

  it("an overdue notice escalates exactly once: a red card, the superior unit told", async () => {
    const { id } = await issue({ topic: "Repeated outages in Dongcheng", demand: "Explain.", workingDays: "2" });
    const cardsOf = async () => connection.db.select().from(supervisionCards).where(eq(supervisionCards.noticeId, id));
    // Due at the end of Thu 12 March: not overdue on Thu.
    expect(await escalateOverdueNotices(await ctx(beijing("2026-03-12T18:00")))).toBe(0);
    const reds = (await cardCountsOfUnit(connection.db, water, T0)).red;
    // Fri 13 March: overdue, escalated; a second run or a second worker does nothing.
    const at = beijing("2026-03-13T09:00");
    expect(await escalateOverdueNotices(await ctx(at))).toBe(1);
    expect(await escalateOverdueNotices(await ctx(at))).toBe(0);
    expect(await escalateOverdueNotices(await ctx(beijing("2026-03-20T09:00")))).toBe(0);
    expect(await cardsOf()).toMatchObject([{ kind: "red", unitId: water, caseId: null, deadline: null }]);
    expect((await cardCountsOfUnit(connection.db, water, T0)).red).toBe(reds + 1);
    const [card] = await listCards(connection.db, { unitId: water, kind: "red" });
    expect(card).toMatchObject({ noticeId: id, reference: null });
    expect((await findNotice(connection.db, id))?.escalatedAt).toEqual(at);
    const toldUp = await connection.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.about, `notice:${id}`), eq(mailOutbox.toAddress, "head.city@answerable.local")));
    expect(toldUp).toHaveLength(1);

    // Answered late, sent back, late again: no second escalation.
    await answerNotice({ noticeId: id, actions: "Mains replaced.", doneBy: "2026-03-31" }, head, await ctx(at));
    await decideAnswer(
      { noticeId: id, decision: "sent_back", reason: "Which streets?", workingDays: 1 },
      supervisor,
      await ctx(at),
    );
    expect(await escalateOverdueNotices(await ctx(beijing("2026-03-25T09:00")))).toBe(0);
    expect(await cardsOf()).toHaveLength(1);
    const [published] = (await publicNoticesOfUnit(connection.db, water, T0)).filter((n) => n.id === id);
    expect(published?.answers.map((a) => a.late)).toEqual([true]);
  });
});
