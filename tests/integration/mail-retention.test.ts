// Personal data at rest in the outbox (docs/security.md): a delivered message keeps no body (its
// link or code), and every message is deleted after the retention period.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { devMailbox, mailOutbox } from "@/db/schema";
import { deliverDueNotices } from "@/lib/mail/deliver";
import { developmentTransports } from "@/lib/mail/transports";
import { purgeMailOutbox } from "@/lib/services/ops/purge-mail";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-12-03T08:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe.each(TEST_TARGETS)("mail retention on $name", (target) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await migratedDatabase(target);
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
  });

  const store = async (body: string, createdAt: Date) => {
    const [row] = await connection.db
      .insert(mailOutbox)
      .values({ toAddress: "citizen@example.cn", subject: "Sign in", body, createdAt, nextAttemptAt: createdAt })
      .returning();
    return row!;
  };

  it("drops the body of a delivered message and keeps it, with the error, when delivery fails", async () => {
    const link = "https://answerable.example.gov/api/auth/callback/email?token=secret-token";
    const delivered = await store(link, NOW);
    const sent: string[] = [];
    await deliverDueNotices(connection.db, { mail: { send: async (message) => void sent.push(message.text) } }, NOW);
    expect(sent).toEqual([link]);
    const [after] = await connection.db.select().from(mailOutbox).where(eq(mailOutbox.id, delivered.id));
    expect(after).toMatchObject({ body: null, error: null, status: "sent", attempts: 1 });
    expect(after?.sentAt).toBeInstanceOf(Date);

    const failed = await store(link, NOW);
    const refused = async () => {
      throw new Error("connection refused");
    };
    await deliverDueNotices(connection.db, { mail: { send: refused } }, NOW);
    const [kept] = await connection.db.select().from(mailOutbox).where(eq(mailOutbox.id, failed.id));
    expect(kept).toMatchObject({ body: link, error: "connection refused", sentAt: null, status: "pending" });
  });

  it("keeps the development mailbox's copy only as long as its outbox row", async () => {
    await connection.db.delete(mailOutbox);
    const old = await store("old link", new Date(NOW.getTime() - 31 * DAY));
    await deliverDueNotices(connection.db, developmentTransports(connection.db), NOW);
    const [copy] = await connection.db.select().from(devMailbox).where(eq(devMailbox.outboxId, old.id));
    expect(copy?.body).toBe("old link");
    expect(await purgeMailOutbox({ db: connection.db, now: NOW }, 30)).toBe(1);
    expect(await connection.db.$count(devMailbox)).toBe(0);
  });

  it("deletes every message older than the retention period, delivered or not", async () => {
    await connection.db.delete(mailOutbox);
    const old = await store("old", new Date(NOW.getTime() - 31 * DAY));
    const recent = await store("recent", new Date(NOW.getTime() - 29 * DAY));
    expect(await purgeMailOutbox({ db: connection.db, now: NOW }, 30)).toBe(1);
    const left = await connection.db.select({ id: mailOutbox.id }).from(mailOutbox);
    expect(left.map((row) => row.id)).toEqual([recent.id]);
    expect(left.map((row) => row.id)).not.toContain(old.id);
    expect(await purgeMailOutbox({ db: connection.db, now: NOW }, 30)).toBe(0);
  });
});
