import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { caseAwaitingReply, caseAwaitingSignFor, eventsOfCase, openCampaign, repliedCase } from "@/db/factories";
import { appraisalCampaigns, cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-03-10T02:00:00Z");

describe.each(TEST_TARGETS)("per-state factories on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 50, now: NOW }));
    ctx = await serviceContext({ db: connection.db, now: NOW });
  });
  afterAll(async () => connection?.close());

  const status = async (caseId: number) =>
    (await connection.db.select().from(cases).where(eq(cases.id, caseId)))[0]?.status;

  it("make a case in each state through the use cases, events and all", async () => {
    expect(await status((await caseAwaitingSignFor(ctx, "water-group")).caseId)).toBe("dispatched");
    expect(await status((await caseAwaitingReply(ctx, "water-group")).caseId)).toBe("contacted");
    const replied = await repliedCase(ctx, "urban-mgmt");
    expect(await status(replied.caseId)).toBe("replied");
    expect(replied.trackingCode).toMatch(/^[2-9A-Z]{8}$/);
    expect((await eventsOfCase(connection.db, replied.reference)).map((e) => e.event)).toEqual([
      "submit",
      "dispatch",
      "sign_for",
      "record_contact",
      "reply",
    ]);
  });

  it("open an appraisal campaign", async () => {
    const { id } = await openCampaign(ctx, {
      units: ["water-group"],
      periodFrom: "2026-01-01",
      periodTo: "2026-02-28",
    });
    const [row] = await connection.db.select().from(appraisalCampaigns).where(eq(appraisalCampaigns.id, id));
    expect(row?.status).toBe("open");
  });
});
