// The transactional outbox (docs/notices.md): a notice commits with its cause or not at all, is
// retried with backoff and then dead-lettered, is delivered once even with several deliverers,
// and loses its body when delivered.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { devMailbox, mailOutbox } from "@/db/schema";
import { CLAIM_LEASE_MS, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/lib/domain/notices/backoff";
import { INTERRUPTED, deliverDueNotices } from "@/lib/mail/deliver";
import { enqueueMail, enqueueSms } from "@/lib/mail/outbox";
import { type MailTransport, PermanentDeliveryError, developmentTransports } from "@/lib/mail/transports";
import { retryDeadNotice } from "@/lib/services/ops/notice-outbox";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-12-03T08:00:00Z");
const mail = (n: number) => ({ to: `Signer${n}@Example.org`, subject: "Confirm", body: `link ${n}` });
const failing: MailTransport = {
  send: async () => {
    throw new Error("421 try again later");
  },
};

describe.each(TEST_TARGETS)("notice outbox on $name", (target) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await migratedDatabase(target);
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
  });
  beforeEach(async () => {
    await connection.db.delete(mailOutbox);
  });

  const rows = () => connection.db.select().from(mailOutbox).orderBy(mailOutbox.id);
  const queue = async (count: number) => {
    await enqueueMail(
      connection.db,
      Array.from({ length: count }, (_, n) => mail(n)),
    );
    await connection.db.update(mailOutbox).set({ nextAttemptAt: NOW });
  };

  it("is not there when the transaction that caused it rolls back, and is when it commits", async () => {
    await expect(
      connection.db.transaction(async (tx) => {
        await enqueueMail(tx, mail(1));
        await enqueueSms(tx, { to: "+86 138 0000 0000", text: "receipt" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await rows()).toEqual([]);

    await connection.db.transaction(async (tx) => {
      await enqueueMail(tx, mail(1));
      await enqueueSms(tx, { to: "+86 138 0000 0000", text: "receipt" });
    });
    expect((await rows()).map((r) => [r.channel, r.toAddress, r.status])).toEqual([
      ["mail", "signer1@example.org", "pending"],
      ["sms", "+86 138 0000 0000", "pending"],
    ]);
  });

  it("retries a failing notice with growing delays, then makes it a dead letter", async () => {
    await queue(1);
    let at = NOW;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      // Not due yet just before its time: nothing is attempted.
      if (attempt > 1) {
        const early = await deliverDueNotices(connection.db, { mail: failing }, new Date(at.getTime() - 1));
        expect(early).toEqual({ sent: 0, retrying: 0, dead: 0, interrupted: 0 });
      }
      const report = await deliverDueNotices(connection.db, { mail: failing }, at);
      const [row] = await rows();
      expect(row?.attempts).toBe(attempt);
      if (attempt < MAX_DELIVERY_ATTEMPTS) {
        expect(report).toEqual({ sent: 0, retrying: 1, dead: 0, interrupted: 0 });
        expect(row?.status).toBe("pending");
        expect(row?.nextAttemptAt.getTime()).toBe(at.getTime() + retryDelayMs(attempt));
        at = row!.nextAttemptAt;
      } else {
        expect(report).toEqual({ sent: 0, retrying: 0, dead: 1, interrupted: 0 });
        expect(row).toMatchObject({ status: "dead", error: "421 try again later", body: "link 0", sentAt: null });
      }
    }
    // A dead letter is never tried again by itself.
    expect(await deliverDueNotices(connection.db, { mail: failing }, new Date(at.getTime() + 86_400_000))).toEqual({
      sent: 0,
      retrying: 0,
      dead: 0,
      interrupted: 0,
    });
  });

  it("makes a permanent failure a dead letter at once, and an admin's retry sends it", async () => {
    await queue(1);
    const bounce: MailTransport = {
      send: async () => {
        throw new PermanentDeliveryError("550 no such mailbox");
      },
    };
    expect(await deliverDueNotices(connection.db, { mail: bounce }, NOW)).toEqual({
      sent: 0,
      retrying: 0,
      dead: 1,
      interrupted: 0,
    });
    const [dead] = await rows();
    expect(dead).toMatchObject({ status: "dead", attempts: 1 });

    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await retryDeadNotice(connection.db, { id: dead!.id }, null, later)).toBe(true);
    // Only a dead letter can be put back.
    expect(await retryDeadNotice(connection.db, { id: dead!.id }, null, later)).toBe(false);
    const sent: string[] = [];
    await deliverDueNotices(connection.db, { mail: { send: async (m) => void sent.push(m.to) } }, later);
    expect(sent).toEqual(["signer0@example.org"]);
    const [after] = await rows();
    expect(after).toMatchObject({ status: "sent", body: null, error: null });
  });

  it("delivers each notice once with two deliverers at work together", async () => {
    await queue(120);
    const seen: number[] = [];
    const slow = (): MailTransport => ({
      send: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(m.id);
      },
    });
    const [a, b] = await Promise.all([
      deliverDueNotices(connection.db, { mail: slow() }, NOW),
      deliverDueNotices(connection.db, { mail: slow() }, NOW),
    ]);
    expect(a.sent + b.sent).toBe(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toHaveLength(120);
    const statuses = await rows();
    expect(statuses.every((r) => r.status === "sent" && r.body === null && r.attempts === 1)).toBe(true);
  });

  it.runIf(target.name === "postgres")("skips rows another worker holds locked instead of waiting", async () => {
    await queue(3);
    const [first] = await rows();
    const sent: number[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = connection.db.transaction(async (tx) => {
      await tx.select().from(mailOutbox).where(eq(mailOutbox.id, first!.id)).for("update");
      locked();
      await held;
    });
    await isLocked;
    const report = await deliverDueNotices(connection.db, { mail: { send: async (m) => void sent.push(m.id) } }, NOW);
    release();
    await holder;
    expect(report.sent).toBe(2);
    expect(sent).not.toContain(first!.id);
    const [still] = await connection.db
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.id, [first!.id]));
    expect(still?.status).toBe("pending");
  });

  it("drops the body when delivered, and the development mailbox keeps its copy of an SMS", async () => {
    await connection.db.transaction((tx) => enqueueSms(tx, { to: "13800000000", text: "Case 2026-000001 filed" }));
    await connection.db.update(mailOutbox).set({ nextAttemptAt: NOW });
    const transports = developmentTransports(connection.db);
    expect(await deliverDueNotices(connection.db, { sms: transports.sms }, NOW)).toEqual({
      sent: 1,
      retrying: 0,
      dead: 0,
      interrupted: 0,
    });
    const [row] = await rows();
    expect(row).toMatchObject({ channel: "sms", status: "sent", body: null });
    const [copy] = await connection.db.select().from(devMailbox).where(eq(devMailbox.outboxId, row!.id));
    expect(copy?.body).toBe("Case 2026-000001 filed");
  });

  it("makes a delivery interrupted by a dead worker a dead letter after the lease, never a second send", async () => {
    await queue(2);
    const [first, second] = await rows();
    // A worker claimed the first and died before recording the outcome.
    await connection.db.update(mailOutbox).set({ claimedAt: NOW, attempts: 1 }).where(eq(mailOutbox.id, first!.id));
    const sent: number[] = [];
    const transport: MailTransport = { send: async (m) => void sent.push(m.id) };
    // Within the lease the claim is left alone: its worker may still be sending.
    const early = new Date(NOW.getTime() + CLAIM_LEASE_MS);
    expect(await deliverDueNotices(connection.db, { mail: transport }, early)).toMatchObject({
      sent: 1,
      interrupted: 0,
    });
    expect(sent).toEqual([second!.id]);
    const late = new Date(NOW.getTime() + CLAIM_LEASE_MS + 1000);
    expect(await deliverDueNotices(connection.db, { mail: transport }, late)).toMatchObject({
      sent: 0,
      interrupted: 1,
    });
    expect(sent).toEqual([second!.id]);
    const [interrupted] = await connection.db.select().from(mailOutbox).where(eq(mailOutbox.id, first!.id));
    expect(interrupted).toMatchObject({ status: "dead", claimedAt: null, error: INTERRUPTED });
    // An admin's retry sends it.
    expect(await retryDeadNotice(connection.db, { id: first!.id }, null, late)).toBe(true);
    expect(await deliverDueNotices(connection.db, { mail: transport }, late)).toMatchObject({ sent: 1 });
    expect(sent).toEqual([second!.id, first!.id]);
  });

  it("leaves a channel without a transport pending", async () => {
    await connection.db.transaction((tx) => enqueueSms(tx, { to: "13800000000", text: "receipt" }));
    await connection.db.update(mailOutbox).set({ nextAttemptAt: NOW });
    expect(await deliverDueNotices(connection.db, { mail: failing }, NOW)).toEqual({
      sent: 0,
      retrying: 0,
      dead: 0,
      interrupted: 0,
    });
    expect((await rows())[0]).toMatchObject({ status: "pending", attempts: 0 });
  });
});
