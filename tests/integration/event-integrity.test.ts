import { generateKeyPairSync } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, openDatabase } from "@/db/client";
import { adminAuditLog, caseEvents, cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { recordAdminChange } from "@/lib/services/admin/audit";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { serviceContext } from "@/lib/services/context";
import { rawPublicKey } from "@/lib/services/integrity/signing-key";
import { verifyEventLogs } from "@/lib/services/integrity/verify-event-logs";
import { writeDailyCheckpoint } from "@/lib/services/integrity/write-checkpoint";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(TEST_TARGETS)("event-log integrity on $name", (target) => {
  let connection: Connection;
  const { privateKey } = generateKeyPairSync("ed25519");
  const signingKey = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
  const publicKey = rawPublicKey(privateKey);

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 40, now: NOW }));
    await recordAdminChange(connection.db, { actorUserId: null, action: "test.one", subject: "test", after: { a: 1 } });
    await recordAdminChange(connection.db, {
      actorUserId: null,
      action: "test.two",
      subject: "test",
      before: { a: 1 },
    });
  }, 240_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("a fresh database verifies, with a signed checkpoint, and a second checkpoint the same day is not written", async () => {
    const calendar = await loadCalendar(connection.db);
    const ctx = await serviceContext({ db: connection.db, now: new Date(Date.now() + 3_600_000), calendar });
    expect(await writeDailyCheckpoint(ctx, { signingKey })).toBe("written");
    expect(await writeDailyCheckpoint(ctx, { signingKey })).toBe("exists");
    const report = await verifyEventLogs(connection.db, { expectedPublicKey: publicKey, requireSignatures: true });
    expect(report.broken).toBeNull();
    expect(report.caseChains).toBeGreaterThanOrEqual(40);
    expect(report.auditRows).toBeGreaterThanOrEqual(2);
    expect(report.checkpoints).toBe(1);
    expect((await verifyEventLogs(connection.db, { expectedPublicKey: "x".repeat(43) })).broken).toMatchObject({
      kind: "checkpoint",
      reason: "key",
    });
  });

  it("the app's role may insert but not update, delete or truncate the event logs", async () => {
    const target2 = connection.driver === "postgres" ? process.env.TEST_DATABASE_URL : null;
    if (target2) {
      const app = await openDatabase({ url: target2 }, { appRole: "answerable_app" });
      try {
        const [who] = await app.db.execute<{ user: string }>(sql`select current_user as user`);
        expect(who?.user).toBe("answerable_app");
        await expect(
          app.db.update(caseEvents).set({ note: "rewritten" }).where(eq(caseEvents.id, 1)),
        ).rejects.toThrow();
        await expect(app.db.execute(sql`truncate case_events`)).rejects.toThrow();
        await expect(app.db.delete(adminAuditLog)).rejects.toThrow();
        await expect(app.db.select({ id: cases.id }).from(cases).limit(1)).resolves.toHaveLength(1);
      } finally {
        await app.close();
      }
    }
    // Everyone, the owner too, meets the triggers.
    await expect(connection.db.execute(sql`truncate case_events`)).rejects.toThrow();
    await expect(connection.db.update(adminAuditLog).set({ action: "rewritten" })).rejects.toThrow();
  });

  it("one event altered behind the triggers' back is found, by case and event", async () => {
    const [victim] = await connection.db.select().from(caseEvents).orderBy(caseEvents.id).limit(1).offset(25);
    if (!victim) throw new Error("no events");
    await connection.db.transaction(async (tx) => {
      await tx.execute(sql`alter table case_events disable trigger case_events_append_only`);
      await tx.update(caseEvents).set({ note: "quietly rewritten" }).where(eq(caseEvents.id, victim.id));
      await tx.execute(sql`alter table case_events enable trigger case_events_append_only`);
    });
    const report = await verifyEventLogs(connection.db);
    expect(report.broken).toMatchObject({ kind: "case_event", caseId: victim.caseId, eventId: victim.id });
  });
});
