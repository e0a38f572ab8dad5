import { eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMeasure } from "@/db/queries/accountability";
import { listChangesToSubject } from "@/db/queries/audit";
import { accountabilityMeasures } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { moveCampaign } from "@/lib/services/appraisal/move-campaign";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { ledgerFeed } from "@/lib/services/supervision/ledger-feed";
import { ledgerCountsOfUnit, publicLedger } from "@/lib/services/supervision/public-ledger";
import { recordMeasure } from "@/lib/services/supervision/record-measure";
import { updateFollowUp } from "@/lib/services/supervision/update-follow-up";
import type { MeasureInput } from "@/lib/validation/accountability";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { caseAwaitingReply, openCampaign, sessionActor, unitId } from "./factories";

const NOW = new Date("2026-05-12T04:00:00Z"); // Tue 12 May 2026, noon in Beijing
const PHONE = "13912345678";
const EMAIL = "ledger.citizen@example.cn";
const OFFICIAL = "Zhao Gangqiang";

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]> | undefined> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors;
}

describe.each(TEST_TARGETS)("the accountability ledger on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let supervisor: Actor;
  let water: number;
  let caseRef: string;

  const measure = (overrides: Partial<MeasureInput> = {}): MeasureInput => ({
    unitId: water,
    kind: "talk",
    takenOn: "2026-05-11",
    reason: `Did not call back the caller (${PHONE}, ${EMAIL}) in time; ${OFFICIAL} was in charge.`,
    officialName: OFFICIAL,
    caseReferences: [caseRef],
    campaignId: null,
    followUp: null,
    ...overrides,
  });

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: new Date("2026-05-01T08:00:00Z") }));
    ctx = { ...(await serviceContext({ db: connection.db, now: NOW })), now: NOW };
    supervisor = await sessionActor(connection.db, "supervisor@answerable.local");
    water = await unitId(connection.db, "water-group");
    caseRef = (await caseAwaitingReply(ctx, "water-group", { phone: PHONE, email: EMAIL, title: "Low pressure" }))
      .reference;
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("records a talk linked to a case; the public ledger and the feed carry no personal data", async () => {
    const { id } = await recordMeasure(measure(), supervisor, ctx);
    const stored = await findMeasure(connection.db, id);
    expect(stored).toMatchObject({ kind: "talk", unitId: water, officialName: OFFICIAL });
    expect(stored?.cases.map((c) => c.reference)).toEqual([caseRef]);

    const [shown] = await publicLedger(connection.db, { publishOfficialNames: false }, { unitId: water });
    expect(shown).toMatchObject({ id, kind: "talk", officialName: null, publicCases: [caseRef], otherCases: 0 });
    expect(shown?.reason).toContain("Did not call back the caller");
    const feed = await ledgerFeed("en", { ...ctx, settings: { ...ctx.settings, publishOfficialNames: false } });
    for (const text of [JSON.stringify(shown), feed]) {
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain("ledger.citizen");
      expect(text).not.toContain("Test Citizen");
      expect(text).not.toContain("Zhao");
    }
    // Valid Atom with the entry.
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed) as {
      feed: { "@_xmlns": string; title: string; entry: { id: string; title: string } | { id: string }[] };
    };
    expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = [parsed.feed.entry].flat();
    expect(entries.some((e) => e.id.endsWith(`#measure-${id}`))).toBe(true);
    expect(feed).toContain("Talk (summons): Jiangbin Water Group");

    // Names published when the setting allows them.
    const [named] = await publicLedger(connection.db, { publishOfficialNames: true }, { unitId: water });
    expect(named?.officialName).toBe(OFFICIAL);
    expect(named?.reason).toContain(OFFICIAL);
    expect(named?.reason).not.toContain(PHONE);

    expect((await ledgerCountsOfUnit(connection.db, water)).talk).toBe(1);
  });

  it("refuses a future date, unknown cases, cases of another unit and an open campaign, by field", async () => {
    expect(await refusal(recordMeasure(measure({ takenOn: "2026-05-13" }), supervisor, ctx))).toEqual({
      takenOn: ["dateInFuture"],
    });
    expect(await refusal(recordMeasure(measure({ caseReferences: ["NOPE-1"] }), supervisor, ctx))).toEqual({
      caseReferences: ["caseUnknown"],
    });
    const urban = await unitId(connection.db, "urban-mgmt");
    expect(await refusal(recordMeasure(measure({ unitId: urban }), supervisor, ctx))).toEqual({
      caseReferences: ["caseNotOfUnit"],
    });
    const campaign = await openCampaign(ctx, {
      units: ["water-group"],
      periodFrom: "2026-01-01",
      periodTo: "2026-03-31",
    });
    expect(await refusal(recordMeasure(measure({ campaignId: campaign.id }), supervisor, ctx))).toEqual({
      campaignId: ["campaignNotClosed"],
    });
    await moveCampaign({ campaignId: campaign.id, to: "closed" }, supervisor, ctx);
    expect(
      await refusal(
        recordMeasure(measure({ unitId: urban, caseReferences: [], campaignId: campaign.id }), supervisor, ctx),
      ),
    ).toEqual({ campaignId: ["campaignNotOfUnit"] });
    const cited = await recordMeasure(
      measure({ kind: "public_criticism", caseReferences: [], campaignId: campaign.id }),
      supervisor,
      ctx,
    );
    expect((await findMeasure(connection.db, cited.id))?.campaignId).toBe(campaign.id);
  });

  it("updates the follow-up with its audit; the rest of a measure is fixed in the database", async () => {
    const { id } = await recordMeasure(measure({ kind: "reminder", followUp: "Promised a call." }), supervisor, ctx);
    const later = { ...ctx, now: new Date(NOW.getTime() + 3_600_000) };
    await updateFollowUp({ measureId: id, followUp: `Called back on ${PHONE}; fixed.` }, supervisor, later);
    const stored = await findMeasure(connection.db, id);
    expect(stored?.followUp).toBe(`Called back on ${PHONE}; fixed.`);
    expect(stored?.followUpUpdatedAt?.toISOString()).toBe(later.now.toISOString());
    const [change] = await listChangesToSubject(connection.db, `accountability:${id}`, 5);
    expect(change).toMatchObject({
      before: { followUp: "Promised a call." },
      after: { followUp: `Called back on ${PHONE}; fixed.` },
    });
    const shown = (await publicLedger(connection.db, { publishOfficialNames: false })).find((m) => m.id === id);
    expect(shown?.followUp).toBe("Called back on ***; fixed.");

    await expect(
      connection.db
        .update(accountabilityMeasures)
        .set({ reason: "rewritten" })
        .where(eq(accountabilityMeasures.id, id)),
    ).rejects.toThrow();
    await expect(
      connection.db.delete(accountabilityMeasures).where(eq(accountabilityMeasures.id, id)),
    ).rejects.toThrow();
    await expect(updateFollowUp({ measureId: 999_999, followUp: "x" }, supervisor, ctx)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
