import { and, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection, rowsOf } from "@/db/client";
import { appraisalParticipations, appraisalRaterCodes, appraisalVotes, cases, units, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { AppError } from "@/lib/errors";
import { addRaterGroup } from "@/lib/services/appraisal/add-rater-group";
import { citizenCampaigns } from "@/lib/services/appraisal/ballots";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import { castBallot } from "@/lib/services/appraisal/cast-ballot";
import { createCampaign } from "@/lib/services/appraisal/create-campaign";
import { generateRaterCodes } from "@/lib/services/appraisal/generate-rater-codes";
import { moveCampaign } from "@/lib/services/appraisal/move-campaign";
import { reviewBurst } from "@/lib/services/appraisal/review-burst";
import {
  campaignBursts,
  campaignComments,
  campaignResults,
  latestPublishedAppraisal,
} from "@/lib/services/appraisal/results";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { sessionActor } from "./factories";

const NOW = new Date("2026-11-26T08:00:00Z");

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors?.form?.[0] ?? error.code;
    throw error;
  }
}

describe.each(TEST_TARGETS)("appraisal campaigns on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;
  let supervisor: Actor;
  let ctx: ServiceContext;
  let citizenId: string;
  let ratedUnit: number;
  let otherUnit: number;
  let campaignId: number;
  let codes: string[];

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    const { db } = connection;
    await db.transaction((tx) => seedDatabase(tx, { cases: 200, now: NOW }));
    calendar = await loadCalendar(db, NOW.getTime());
    ctx = await serviceContext({ db, now: NOW, calendar });
    supervisor = await sessionActor(db, "supervisor@answerable.local");
    const [citizen] = await db
      .insert(users)
      .values({ email: "rater@example.org", name: "Zhang Wei", role: "citizen" })
      .returning({ id: users.id });
    citizenId = citizen?.id ?? "";
    // One case of theirs, replied by a unit in the campaign period.
    const [replied] = await db
      .select({ id: cases.id, unitId: cases.leadUnitId })
      .from(cases)
      .where(and(isNotNull(cases.leadUnitId), isNotNull(cases.repliedAt)))
      .limit(1);
    ratedUnit = replied?.unitId ?? 0;
    await db
      .update(cases)
      .set({ citizenUserId: citizenId, repliedAt: new Date("2026-06-15T02:00:00Z") })
      .where(eq(cases.id, replied?.id ?? 0));
    const [other] = await db
      .select({ id: units.id })
      .from(units)
      .where(sql`${units.id} <> ${ratedUnit}`)
      .limit(1);
    otherUnit = other?.id ?? 0;

    const created = await createCampaign(
      {
        name: "2026 appraisal",
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
        unitIds: [ratedUnit, otherUnit],
        appraisalWeight: 70,
        minimumSample: 3,
        burstThreshold: 3,
        bottomCount: 1,
      },
      supervisor,
      ctx,
    );
    campaignId = created.id;
    const group = await addRaterGroup({ campaignId, kind: "deputies", name: "District deputies" }, supervisor, ctx);
    codes = (await generateRaterCodes({ campaignId, groupId: group.id, count: 8 }, supervisor, ctx)).codes;
  }, 120_000);

  afterAll(async () => {
    await connection?.close();
  });

  it("stores only hashes of the codes", async () => {
    const stored = await connection.db.select({ hash: appraisalRaterCodes.codeHash }).from(appraisalRaterCodes);
    expect(stored).toHaveLength(8);
    for (const code of codes)
      expect(stored.some((row) => row.hash.includes(code) || row.hash.includes(code.replace(/-/g, "")))).toBe(false);
  });

  it("takes no ballot before the campaign opens", async () => {
    const entries = [{ unitId: ratedUnit, light: "green" as const, comment: null }];
    expect(
      await refusal(
        castBallot(
          { campaignId, rater: { kind: "citizen", userId: citizenId }, entries, address: "203.0.113.5" },
          null,
          ctx,
        ),
      ),
    ).toBe("campaign_not_open");
    await moveCampaign({ campaignId, to: "open" }, supervisor, ctx);
  });

  it("lets a citizen rate only the units that replied to their case in the period, once", async () => {
    const { db } = connection;
    const listed = await citizenCampaigns(db, calendar, citizenId);
    expect(listed.map((c) => [c.campaign.id, c.eligibleUnitIds])).toEqual([[campaignId, [ratedUnit]]]);
    const rater = { kind: "citizen" as const, userId: citizenId };
    expect(
      await refusal(
        castBallot(
          { campaignId, rater, entries: [{ unitId: otherUnit, light: "red", comment: null }], address: "203.0.113.5" },
          null,
          ctx,
        ),
      ),
    ).toBe("not_eligible");
    await castBallot(
      {
        campaignId,
        rater,
        entries: [{ unitId: ratedUnit, light: "green", comment: "Zhang Wei here, call me on 13812345678" }],
        address: "203.0.113.5",
      },
      null,
      ctx,
    );
    expect(
      await refusal(
        castBallot(
          { campaignId, rater, entries: [{ unitId: ratedUnit, light: "red", comment: null }], address: "203.0.113.5" },
          null,
          ctx,
        ),
      ),
    ).toBe("already_rated");
    const [comment] = await campaignComments(db, campaignId);
    expect(comment?.comment).toBe("*** here, call me on ***");
  });

  it("refuses a second participation in the database itself, whatever the service does", async () => {
    await expect(
      connection.db.insert(appraisalParticipations).values({ campaignId, unitId: ratedUnit, citizenUserId: citizenId }),
    ).rejects.toThrow();
  });

  it("decides two simultaneous ballots of one rater by the unique constraint", async () => {
    const code = codes[7] ?? "";
    const entries = [{ unitId: otherUnit, light: "yellow" as const, comment: null }];
    const outcomes = await Promise.allSettled(
      [0, 1].map(() =>
        castBallot({ campaignId, rater: { kind: "code", code }, entries, address: "198.51.100.1" }, null, ctx),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [failed] = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(failed?.reason).toBeInstanceOf(AppError);
  });

  it("spends a code on its ballot, refuses it again and refuses unknown codes", async () => {
    const { db } = connection;
    const entries = [
      { unitId: ratedUnit, light: "green" as const, comment: null },
      { unitId: otherUnit, light: "red" as const, comment: null },
    ];
    await castBallot(
      { campaignId, rater: { kind: "code", code: codes[0] ?? "" }, entries, address: "2001:db8:1:2::5" },
      null,
      ctx,
    );
    expect(
      await refusal(
        castBallot(
          {
            campaignId,
            rater: { kind: "code", code: codes[0] ?? "" },
            entries: entries.slice(0, 1),
            address: "2001:db8:1:2::5",
          },
          null,
          ctx,
        ),
      ),
    ).toBe("code_used");
    expect(
      await refusal(
        castBallot(
          { campaignId, rater: { kind: "code", code: "2345-6789-ABCD" }, entries, address: "2001:db8:1:2::5" },
          null,
          ctx,
        ),
      ),
    ).toBe("code_unknown");
    const [used] = await db
      .select({ usedOn: appraisalRaterCodes.usedOn })
      .from(appraisalRaterCodes)
      .where(isNotNull(appraisalRaterCodes.usedOn))
      .limit(1);
    expect(used?.usedOn).toBe("2026-11-26");
  });

  it("keeps nothing in the votes table that identifies a rater", async () => {
    const { db } = connection;
    const columns = rowsOf<{ column_name: string }>(
      await db.execute(
        sql`select column_name from information_schema.columns where table_name = 'appraisal_votes' order by column_name`,
      ),
    ).map((r) => r.column_name);
    expect(columns).toEqual([
      "campaign_id",
      "comment",
      "excluded",
      "id",
      "light",
      "network_hash",
      "unit_id",
      "window_start",
    ]);
    const references = rowsOf<{ table: string }>(
      await db.execute(sql`
        select ccu.table_name as "table" from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
        where tc.table_name = 'appraisal_votes' and tc.constraint_type = 'FOREIGN KEY' order by 1`),
    ).map((r) => r.table);
    expect(references).toEqual(["appraisal_campaigns", "units"]);
    const participationColumns = rowsOf<{ column_name: string; data_type: string }>(
      await db.execute(
        sql`select column_name, data_type from information_schema.columns where table_name = 'appraisal_participations'`,
      ),
    );
    expect(participationColumns.filter((c) => c.data_type.startsWith("timestamp") || c.data_type === "date")).toEqual(
      [],
    );
    const votes = await db.select().from(appraisalVotes);
    for (const vote of votes) {
      expect(vote.windowStart.getUTCMinutes()).toBe(0);
      expect(vote.networkHash ?? "").not.toMatch(/203\.0\.113|2001:db8/);
    }
  });

  it("flags a burst from one network and lets a supervisor exclude it", async () => {
    const { db } = connection;
    for (const code of codes.slice(1, 4)) {
      await castBallot(
        {
          campaignId,
          rater: { kind: "code", code },
          entries: [{ unitId: otherUnit, light: "green", comment: null }],
          address: `192.0.2.${code.length}`,
        },
        null,
        ctx,
      );
    }
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw new Error("campaign gone");
    const bursts = await campaignBursts(db, campaign);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({
      unitId: otherUnit,
      votes: 3,
      lights: { green: 3, yellow: 0, red: 0 },
      excluded: null,
    });
    const before = await campaignResults(db, calendar, campaign);
    expect(before.rows.find((r) => r.unit.id === otherUnit)?.result).toMatchObject({ kind: "result", ratings: 5 });
    const burst = bursts[0];
    if (!burst) throw new Error("no burst");
    await reviewBurst(
      {
        campaignId,
        unitId: burst.unitId,
        networkHash: burst.networkHash,
        windowStart: burst.windowStart,
        exclude: true,
      },
      supervisor,
      ctx,
    );
    const after = await campaignResults(db, calendar, campaign);
    expect(after.rows.find((r) => r.unit.id === otherUnit)?.result).toEqual({
      kind: "too_few",
      ratings: 2,
      minimum: 3,
    });
    expect((await campaignBursts(db, campaign))[0]?.excluded).toBe(true);
  });

  it("publishes on close: shares, combined score, rank; no more ballots; votes re-written", async () => {
    const { db } = connection;
    await castBallot(
      {
        campaignId,
        rater: { kind: "code", code: codes[5] ?? "" },
        entries: [{ unitId: ratedUnit, light: "red", comment: null }],
        address: "198.51.100.9",
      },
      null,
      ctx,
    );
    expect(await latestPublishedAppraisal(db, calendar, ratedUnit)).toBeNull();
    const idsBefore = new Set((await db.select({ id: appraisalVotes.id }).from(appraisalVotes)).map((v) => v.id));
    await moveCampaign({ campaignId, to: "closed" }, supervisor, ctx);
    const after = await db.select({ id: appraisalVotes.id }).from(appraisalVotes);
    expect(after).toHaveLength(idsBefore.size);
    expect(after.some((v) => idsBefore.has(v.id))).toBe(false);
    expect(
      await refusal(
        castBallot(
          {
            campaignId,
            rater: { kind: "code", code: codes[6] ?? "" },
            entries: [{ unitId: ratedUnit, light: "red", comment: null }],
            address: "198.51.100.9",
          },
          null,
          ctx,
        ),
      ),
    ).toBe("campaign_not_open");

    const published = await latestPublishedAppraisal(db, calendar, ratedUnit);
    expect(published?.campaign.id).toBe(campaignId);
    const result = published?.result;
    if (result?.kind !== "result") throw new Error("expected a result");
    expect(result.counts).toEqual({ green: 2, yellow: 0, red: 1 });
    expect(result.shares).toEqual({ green: 0.667, yellow: 0, red: 0.333 });
    expect(result.appraisalScore).toBe(66.7);
    expect(published?.rank).toEqual({ rank: 1, of: 1 });
    expect(await latestPublishedAppraisal(db, calendar, otherUnit)).toMatchObject({
      result: { kind: "too_few" },
      rank: null,
    });
  });
});
