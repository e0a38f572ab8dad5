// Group commit isolates a bad row (issue 12, defects): one signature the database refuses must not
// fail the honest signatures that happened to share its statement.
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { districts, petitionSignatures, petitions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { type PendingSignature, storePendingSignature } from "@/lib/services/petitions/signature-batcher";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");

describe.each(TEST_TARGETS)("signature group commit on $name", (target) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 5, now: NOW }));
  }, 180_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("a row the database refuses fails alone; the others of its batch are stored", async () => {
    const [petition] = await connection.db.select({ id: petitions.id }).from(petitions).limit(1);
    const [district] = await connection.db.select({ id: districts.id }).from(districts).limit(1);
    const signature = (email: string, name: string): PendingSignature => ({
      petitionId: petition!.id,
      name,
      email,
      canonicalEmail: email,
      emailDomain: "example.cn",
      districtId: district!.id,
      notify: false,
      ipAddress: "203.0.113.9",
      tokenHash: `hash-${email}`,
      createdAt: NOW,
      mail: { to: email, subject: "Confirm", body: "Confirm your signature" },
    });
    const emails = ["one@example.cn", "bad@example.cn", "two@example.cn"];
    const results = await Promise.allSettled([
      storePendingSignature(connection.db, signature(emails[0]!, "Honest One")),
      storePendingSignature(connection.db, signature(emails[1]!, "Bad\u0000Name")),
      storePendingSignature(connection.db, signature(emails[2]!, "Honest Two")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const stored = await connection.db
      .select({ email: petitionSignatures.email })
      .from(petitionSignatures)
      .where(inArray(petitionSignatures.email, emails));
    expect(stored.map((row) => row.email).sort()).toEqual(["one@example.cn", "two@example.cn"]);
  });
});
