import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listUnitCases } from "@/db/queries/cases";
import { cardCountsOfUnit, listCards, listCardsOfCase } from "@/db/queries/supervision";
import { cases, slaPolicies } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { caseLight } from "@/lib/services/cases/case-lights";
import { signFor } from "@/lib/services/cases/unit-handling";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { issueOverdueCards } from "@/lib/services/supervision/issue-cards";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { actorFor, caseAwaitingSignFor, unitId } from "./factories";

// The general policy: sign for in 1 working day, first contact in 2, reply in 5. Dispatched on
// Tue 10 March 2026, 10:00 in Beijing: sign-for due at the end of Wed 11, first contact at the
// end of Thu 12, the reply at the end of Tue 17.
const T0 = new Date("2026-03-10T02:00:00Z");
const beijing = (iso: string) => new Date(`${iso}+08:00`);

describe.each(TEST_TARGETS)("overdue cards on $name", (target) => {
  let connection: Connection;
  let ctx: (now: Date) => Promise<ServiceContext>;
  let water: number;

  const cardsOf = async (caseId: number) =>
    (await listCardsOfCase(connection.db, caseId)).map((c) => `${c.deadline}:${c.kind}:${c.workingDaysLate}`);

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: new Date("2026-11-26T08:00:00Z") }));
    const base = await serviceContext({ db: connection.db, now: T0 });
    ctx = async (now) => ({ ...base, now });
    water = await unitId(connection.db, "water-group");
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("a case not signed for gets its yellow card after 1 working day late and its red after 3, each once", async () => {
    const made = await caseAwaitingSignFor(await ctx(T0), "water-group");
    // Thu 12: sign-for is due but not 1 working day late yet.
    await issueOverdueCards(await ctx(beijing("2026-03-12T15:00")));
    expect(await cardsOf(made.caseId)).toEqual([]);
    // Fri 13: Thu is over, sign-for is 1 working day late.
    expect(await issueOverdueCards(await ctx(beijing("2026-03-13T09:00")))).toBeGreaterThanOrEqual(1);
    expect(await cardsOf(made.caseId)).toEqual(["sign_for:yellow:1"]);
    // The same run again, or a second worker: nothing new.
    expect(await issueOverdueCards(await ctx(beijing("2026-03-13T09:00")))).toBe(0);
    expect(await issueOverdueCards(await ctx(beijing("2026-03-13T09:05")))).toBe(0);
    // Tue 17: Thu, Fri and Mon are over; first contact (due end of Thu) is 2 late.
    await issueOverdueCards(await ctx(beijing("2026-03-17T09:00")));
    expect(await cardsOf(made.caseId)).toEqual(["sign_for:yellow:1", "sign_for:red:3", "first_contact:yellow:2"]);
    const [card] = await listCards(connection.db, { unitId: water, kind: "red" });
    expect(card).toMatchObject({ reference: made.reference, unitId: water, deadline: "sign_for" });
    expect(await cardCountsOfUnit(connection.db, water, T0)).toEqual({ yellow: 2, red: 1 });
  });

  it("a sign-for made late earns the card of its lateness then, and no more", async () => {
    const made = await caseAwaitingSignFor(await ctx(T0), "water-group");
    const head = await actorFor(connection.db, "head.water@answerable.local");
    await signFor(made.caseId, head, await ctx(beijing("2026-03-16T10:00"))); // Mon: 2 working days late
    await issueOverdueCards(await ctx(beijing("2026-03-20T10:00")));
    expect((await cardsOf(made.caseId)).filter((c) => c.startsWith("sign_for"))).toEqual(["sign_for:yellow:2"]);
  });

  it("applies the thresholds of the case's SLA policy", async () => {
    const made = await caseAwaitingSignFor(await ctx(T0), "water-group");
    const [general] = await connection.db.select().from(slaPolicies).where(eq(slaPolicies.code, "general"));
    const { id: _id, ...copy } = general!;
    const [lenient] = await connection.db
      .insert(slaPolicies)
      .values({ ...copy, code: "lenient-cards", yellowCardAfterWorkingDays: 2, redCardAfterWorkingDays: 4 })
      .returning();
    await connection.db.update(cases).set({ slaPolicyId: lenient!.id }).where(eq(cases.id, made.caseId));
    await issueOverdueCards(await ctx(beijing("2026-03-13T09:00"))); // 1 late
    expect(await cardsOf(made.caseId)).toEqual([]);
    await issueOverdueCards(await ctx(beijing("2026-03-16T09:00"))); // 2 late (Thu, Fri)
    expect(await cardsOf(made.caseId)).toEqual(["sign_for:yellow:2"]);
    await issueOverdueCards(await ctx(beijing("2026-03-18T09:00"))); // 4 late
    expect(await cardsOf(made.caseId)).toEqual(["sign_for:yellow:2", "sign_for:red:4", "first_contact:yellow:3"]);
  });

  it("the traffic light uses the warning window of the case's SLA policy", async () => {
    const made = await caseAwaitingSignFor(await ctx(T0), "water-group");
    const [general] = await connection.db.select().from(slaPolicies).where(eq(slaPolicies.code, "general"));
    const { id: _id, ...copy } = general!;
    const [wide] = await connection.db
      .insert(slaPolicies)
      .values({ ...copy, code: "wide-warning", warningFraction: 0.6, warningMinimumWorkingDays: 1 })
      .returning();
    const lightAt = async (now: string) => {
      const row = (await listUnitCases(connection.db, water)).find((r) => r.id === made.caseId)!;
      return caseLight(row, (await ctx(T0)).calendar, beijing(now));
    };
    // Wed 11: Thu to Tue (4 working days) left of 5. The default window (max(20% × 5, 1) = 1) says green…
    expect(await lightAt("2026-03-11T10:00")).toBe("green");
    // …a policy warning at 60% of the allowance (3 working days) still says green on Wed, yellow on Thu.
    await connection.db.update(cases).set({ slaPolicyId: wide!.id }).where(eq(cases.id, made.caseId));
    expect(await lightAt("2026-03-11T10:00")).toBe("green");
    expect(await lightAt("2026-03-12T10:00")).toBe("yellow");
    await connection.db.update(cases).set({ slaPolicyId: general!.id }).where(eq(cases.id, made.caseId));
    expect(await lightAt("2026-03-12T10:00")).toBe("green");
  });
});
