import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { caseContacts } from "@/db/schema";
import { errorForLog } from "@/lib/log";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const CANARY = "13987654321";

describe.each(TEST_TARGETS)("log privacy on $name", (target) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await migratedDatabase(target);
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("a failing insert with a citizen's phone number leaves no trace of it in what is logged", async () => {
    const failures: unknown[] = [];
    // A case id that does not exist (foreign key) and a value the column rejects (integer syntax).
    await connection.db
      .insert(caseContacts)
      .values({ caseId: 2_000_000_000, name: "Canary", phone: CANARY })
      .catch((error: unknown) => failures.push(error));
    await connection.db
      .execute(sql`select ${CANARY}::int + ${"x" + CANARY}::int`)
      .catch((error: unknown) => failures.push(error));
    expect(failures).toHaveLength(2);
    for (const failure of failures) {
      const logged = JSON.stringify(errorForLog(failure));
      expect(logged).not.toContain(CANARY);
      expect(logged).toContain("database_error");
    }
  });
});
