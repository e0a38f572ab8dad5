import { and, asc, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { caseEvents, cases, dispatchEntries, slaPolicies, units, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { CASE_STATUSES } from "@/lib/domain/cases/lifecycle";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { firstBrokenLink } from "@/lib/services/cases/event-hash";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");

describe.each(TEST_TARGETS)("seeded database on $name", (target) => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 600, now: NOW }));
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("holds a case in every status", async () => {
    const rows = await connection.db.select({ status: cases.status, n: count() }).from(cases).groupBy(cases.status);
    expect(rows.map((r) => r.status).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it("gives every case a valid reference and a verifiable event chain", async () => {
    const sample = await connection.db
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .orderBy(asc(cases.id))
      .limit(50);
    for (const row of sample) {
      expect(parseCaseReference(row.reference), row.reference).not.toBeNull();
      const events = await connection.db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, row.id))
        .orderBy(asc(caseEvents.id));
      expect(events.length).toBeGreaterThan(0);
      expect(firstBrokenLink(events)).toBe(-1);
    }
  });

  it("ends each case's timeline in the status the case holds", async () => {
    const mismatches = await connection.db.execute(sql`
      select c.reference from ${cases} c
      join lateral (select to_status from ${caseEvents} e where e.case_id = c.id order by e.id desc limit 1) last on true
      where last.to_status <> c.status`);
    const rows = Array.isArray(mismatches) ? mismatches : (mismatches as { rows: unknown[] }).rows;
    expect(rows).toEqual([]);
  });

  it("refuses to change or delete an event", async () => {
    await expect(
      connection.db.update(caseEvents).set({ note: "rewritten" }).where(eq(caseEvents.id, 1)),
    ).rejects.toThrow();
    await expect(connection.db.delete(caseEvents).where(eq(caseEvents.id, 1))).rejects.toThrow();
  });

  it("enforces the rules the database can hold", async () => {
    const [unit] = await connection.db.select().from(units).limit(1);
    // Unit staff must belong to a unit; nobody else may.
    await expect(
      connection.db.insert(users).values({ email: "nounit@example.cn", role: "unit_staff" }),
    ).rejects.toThrow();
    await expect(
      connection.db.insert(users).values({ email: "op@example.cn", role: "operator", unitId: unit?.id }),
    ).rejects.toThrow();
    // A unit cannot be its own parent.
    await expect(
      connection.db
        .update(units)
        .set({ parentId: unit?.id })
        .where(eq(units.id, unit?.id ?? 0)),
    ).rejects.toThrow();
    // SLA limits are positive and ordered.
    await expect(
      connection.db
        .insert(slaPolicies)
        .values({ code: "bad", nameZh: "坏", nameEn: "Bad", clockKind: "working_days", replyLimit: 0 }),
    ).rejects.toThrow();
    await expect(
      connection.db.insert(slaPolicies).values({
        code: "bad2",
        nameZh: "坏",
        nameEn: "Bad",
        clockKind: "working_days",
        signForLimit: 9,
        replyLimit: 5,
      }),
    ).rejects.toThrow();
    // A case with a unit must name its lead unit.
    const [open] = await connection.db.select().from(cases).where(eq(cases.status, "dispatched")).limit(1);
    await expect(
      connection.db
        .update(cases)
        .set({ leadUnitId: null })
        .where(eq(cases.id, open?.id ?? 0)),
    ).rejects.toThrow();
  });

  it("routes every catalogue entry to an active unit", async () => {
    const [row] = await connection.db
      .select({ n: count() })
      .from(dispatchEntries)
      .innerJoin(units, eq(units.id, dispatchEntries.leadUnitId))
      .where(and(eq(units.active, false)));
    expect(row?.n).toBe(0);
  });
});
