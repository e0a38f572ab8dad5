// The open-data registry's datasets beyond cases and scorecards (docs/open-data.md#datasets): units with
// the counts their public page shows, closed appraisal campaigns' results, petition counts with their
// history, every scorecard version (versions=all), and the data package descriptor.
import { parse } from "csv-parse/sync";
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { unitOpenCaseCounts } from "@/db/queries/metrics";
import { cardCountsOfUnit } from "@/db/queries/supervision";
import {
  appraisalCampaignUnits,
  appraisalCampaigns,
  appraisalParticipations,
  appraisalRaterCodes,
  appraisalRaterGroups,
  appraisalVotes,
  accountabilityMeasureCases,
  accountabilityMeasures,
  cases,
  petitionSignatures,
  petitions,
  supervisionCards,
  supervisionNoticeAnswers,
  supervisionNoticeCases,
  supervisionNotices,
  units,
  users,
} from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { campaignResults } from "@/lib/services/appraisal/results";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { listOverdueForUnit } from "@/lib/services/knowledge/knowledge-base";
import { dataPackage } from "@/lib/services/open-data/datapackage";
import { openDataFile } from "@/lib/services/open-data/download";
import { OPEN_DATA_REGISTRY } from "@/lib/services/open-data/registry";
import { refreshPetitionCounts } from "@/lib/services/petitions/counting";
import { freezeFinishedPeriods } from "@/lib/services/scorecards/freeze";
import { DEFAULT_SETTINGS } from "@/lib/services/settings";
import { openDataQuerySchema } from "@/lib/validation/open-data";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
type CsvRow = Record<string, string>;

describe.each(TEST_TARGETS)("open-data datasets on $name", (target) => {
  let connection: Connection;
  let calendar: WorkingCalendar;

  const download = async (file: string, query: Record<string, string> = {}, now = NOW): Promise<CsvRow[]> => {
    const out = openDataFile(connection.db, calendar, file, openDataQuerySchema.parse(query), { now });
    return parse(await new Response(out.stream).text(), { columns: true, bom: true }) as CsvRow[];
  };
  const ctx = () => ({
    db: connection.db,
    now: NOW,
    calendar,
    settings: { ...DEFAULT_SETTINGS, minimumSample: 10 },
    appUrl: "http://localhost:3000",
  });

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 300, now: NOW }));
    calendar = await loadCalendar(connection.db, NOW.getTime());
  }, 240_000);
  afterAll(async () => {
    await connection?.close();
  });

  it("lists every unit with its class, parent and the counts its public page shows", async () => {
    const [someCase] = await connection.db
      .select({ id: cases.id, unitId: cases.leadUnitId })
      .from(cases)
      .where(isNotNull(cases.leadUnitId))
      .limit(1);
    if (!someCase?.unitId) throw new Error("no case with a unit");
    await connection.db.insert(supervisionCards).values({
      caseId: someCase.id,
      unitId: someCase.unitId,
      kind: "yellow",
      deadline: "reply",
      dueAt: new Date(NOW.getTime() - 30 * 86_400_000),
      workingDaysLate: 3,
      issuedAt: new Date(NOW.getTime() - 20 * 86_400_000),
    });
    const rows = await download("units.csv");
    const all = await connection.db.select().from(units);
    expect(rows).toHaveLength(all.length);
    const codes = new Map(all.map((u) => [u.id, u.code]));
    for (const unit of all) {
      const row = rows.find((r) => r.unit_code === unit.code);
      expect(row).toMatchObject({
        unit_class: unit.unitClass,
        parent_unit_code: unit.parentId ? codes.get(unit.parentId) : "",
        active: String(unit.active),
        as_of: NOW.toISOString().replace(".000", ""),
      });
      const workload = await unitOpenCaseCounts(connection.db, unit.id, NOW);
      const knowledge = await listOverdueForUnit(connection.db, unit.id, calendar.localDate(NOW));
      const cards = await cardCountsOfUnit(connection.db, unit.id, new Date(NOW.getTime() - 365 * 86_400_000));
      expect([row?.open_cases, row?.overdue_open_cases, row?.knowledge_answers_past_review]).toEqual(
        [workload.open, workload.overdue, knowledge.length].map(String),
      );
      expect([row?.yellow_cards_12_months, row?.red_cards_12_months]).toEqual([cards.yellow, cards.red].map(String));
    }
    expect(rows.find((r) => r.unit_code === codes.get(someCase.unitId ?? 0))?.yellow_cards_12_months).not.toBe("0");
  });

  it("publishes each closed campaign's lights, raters by group and scores as its results page computes them", async () => {
    const unitIds = (await connection.db.select({ id: units.id }).from(units).limit(2)).map((u) => u.id);
    const [campaign] = await connection.db
      .insert(appraisalCampaigns)
      .values({
        title: "2026 appraisal",
        periodFrom: "2026-07-01",
        periodTo: "2026-09-30",
        status: "closed",
        minimumSample: 3,
        networkSalt: "salt",
        openedAt: new Date("2026-10-01T00:00:00Z"),
        closedAt: new Date("2026-10-31T00:00:00Z"),
      })
      .returning();
    if (!campaign) throw new Error("no campaign");
    await connection.db
      .insert(appraisalCampaignUnits)
      .values(unitIds.map((unitId) => ({ campaignId: campaign.id, unitId })));
    const [group] = await connection.db
      .insert(appraisalRaterGroups)
      .values({ campaignId: campaign.id, kind: "deputies", name: "Deputies" })
      .returning();
    const codes = await connection.db
      .insert(appraisalRaterCodes)
      .values([1, 2, 3, 4].map((i) => ({ groupId: group?.id ?? 0, codeHash: `hash-${i}` })))
      .returning();
    const [first, second] = unitIds as [number, number];
    // The first unit: four deputies (green, green, yellow, red); the second: one vote, too few.
    await connection.db
      .insert(appraisalParticipations)
      .values([
        ...codes.map((code) => ({ campaignId: campaign.id, unitId: first, raterCodeId: code.id })),
        { campaignId: campaign.id, unitId: second, raterCodeId: codes[0]?.id },
      ]);
    const windowStart = new Date("2026-10-05T00:00:00Z");
    await connection.db
      .insert(appraisalVotes)
      .values(
        (["green", "green", "yellow", "red"] as const)
          .map((light) => ({ campaignId: campaign.id, unitId: first, light, windowStart }))
          .concat([{ campaignId: campaign.id, unitId: second, light: "green", windowStart }]),
      );
    const rows = await download("appraisal-results.csv");
    const results = await campaignResults(connection.db, calendar, (await findCampaign(connection.db, campaign.id))!);
    const mine = rows.find((r) => r.unit_code !== "" && Number(r.ratings) === 4);
    const expected = results.rows.find((r) => r.unit.id === first)?.result;
    if (expected?.kind !== "result") throw new Error("the first unit should have a result");
    expect(mine).toMatchObject({
      campaign_id: String(campaign.id),
      green: "2",
      yellow: "1",
      red: "1",
      raters_deputies: "4",
      raters_citizens: "0",
      appraisal_score: String(expected.appraisalScore),
      combined_score: String(expected.combinedScore),
      grade: expected.grade,
      rank: "1",
    });
    const few = rows.find((r) => Number(r.ratings) === 1);
    expect(few).toMatchObject({ green: "", yellow: "", red: "", combined_score: "", rank: "", raters_deputies: "1" });
    expect(await download("appraisal-results.csv", { from: "2026-11" })).toEqual([]);
  });

  it("keeps every count of a public petition, total and by district", async () => {
    const [open] = await connection.db.select().from(petitions).where(eq(petitions.status, "open")).limit(1);
    if (!open) throw new Error("no open petition");
    const before = (await download("petition-counts.csv")).filter((r) => r.petition_id === String(open.id));
    expect(before.reduce((sum, r) => sum + Number(r.district_signature_count), 0)).toBe(open.signatureCount);
    // One signature invalidated: the next count is a new row, and the first one stays.
    const [signature] = await connection.db
      .select({ id: petitionSignatures.id })
      .from(petitionSignatures)
      .where(and(eq(petitionSignatures.petitionId, open.id), eq(petitionSignatures.status, "validated")))
      .limit(1);
    await connection.db
      .update(petitionSignatures)
      .set({ status: "invalidated" })
      .where(eq(petitionSignatures.id, signature?.id ?? 0));
    const later = new Date(NOW.getTime() + 60_000);
    await refreshPetitionCounts({ ...ctx(), now: later });
    const after = (await download("petition-counts.csv")).filter((r) => r.petition_id === String(open.id));
    const counts = [...new Set(after.map((r) => `${r.counted_at}=${r.signature_count}`))];
    expect(counts).toEqual([
      `${NOW.toISOString().replace(".000", "")}=${open.signatureCount}`,
      `${later.toISOString().replace(".000", "")}=${open.signatureCount - 1}`,
    ]);
    const gathering = await connection.db
      .select({ id: petitions.id })
      .from(petitions)
      .where(eq(petitions.status, "gathering"));
    const all = await download("petition-counts.csv");
    for (const hidden of gathering) expect(all.some((r) => r.petition_id === String(hidden.id))).toBe(false);
  });

  it("counts supervision notices and accountability measures without their texts", async () => {
    const [unit] = await connection.db.select({ id: units.id, code: units.code }).from(units).limit(1);
    const [user] = await connection.db.select({ id: users.id }).from(users).limit(1);
    const someCases = await connection.db.select({ id: cases.id }).from(cases).limit(2);
    if (!unit || !user || someCases.length < 2) throw new Error("seed too small");
    const issuedAt = new Date("2026-11-02T02:00:00Z");
    const firstDue = new Date("2026-11-09T16:00:00Z");
    const [notice] = await connection.db
      .insert(supervisionNotices)
      .values({
        unitId: unit.id,
        level: "key",
        demand: "CANARY-DEMAND fix the drains",
        responseWorkingDays: 5,
        issuedBy: user.id,
        issuedAt,
        dueAt: new Date("2026-11-20T16:00:00Z"),
        status: "answered",
        escalatedAt: new Date("2026-11-10T01:00:00Z"),
      })
      .returning();
    if (!notice) throw new Error("no notice");
    await connection.db
      .insert(supervisionNoticeCases)
      .values(someCases.map((c) => ({ noticeId: notice.id, caseId: c.id })));
    await connection.db.insert(supervisionNoticeAnswers).values([
      // Late (after its deadline) and sent back; then on time, not decided yet.
      {
        noticeId: notice.id,
        round: 1,
        actions: "CANARY-ANSWER",
        doneBy: "2026-11-30",
        answeredBy: user.id,
        answeredAt: new Date("2026-11-11T02:00:00Z"),
        dueAt: firstDue,
        decision: "sent_back",
        reason: "Not enough",
        decidedBy: user.id,
        decidedAt: new Date("2026-11-12T02:00:00Z"),
      },
      {
        noticeId: notice.id,
        round: 2,
        actions: "Done properly",
        doneBy: "2026-11-30",
        answeredBy: user.id,
        answeredAt: new Date("2026-11-16T02:00:00Z"),
        dueAt: new Date("2026-11-20T16:00:00Z"),
      },
    ]);
    const [measure] = await connection.db
      .insert(accountabilityMeasures)
      .values({
        unitId: unit.id,
        kind: "talk",
        takenOn: "2026-11-18",
        reason: "CANARY-REASON late again",
        officialName: "CANARY-OFFICIAL",
        recordedByUserId: user.id,
        recordedAt: new Date("2026-11-18T03:00:00Z"),
      })
      .returning();
    await connection.db
      .insert(accountabilityMeasureCases)
      .values(someCases.map((c) => ({ measureId: measure?.id ?? 0, caseId: c.id })));

    const notices = await download("supervision-notices.csv", { from: "2026-11", to: "2026-11" });
    expect(notices.find((r) => r.notice_id === String(notice.id))).toEqual({
      notice_id: String(notice.id),
      unit_code: unit.code,
      level: "key",
      issued_at: "2026-11-02T02:00:00Z",
      response_working_days: "5",
      due_at: "2026-11-20T16:00:00Z",
      status: "answered",
      escalated_at: "2026-11-10T01:00:00Z",
      accepted_at: "",
      case_count: "2",
      answers: "2",
      late_answers: "1",
      sent_back: "1",
    });
    expect(await download("supervision-notices.csv", { from: "2026-10", to: "2026-10" })).toEqual([]);
    const measures = await download("accountability-measures.csv", { from: "2026-11", to: "2026-11" });
    expect(measures.find((r) => r.measure_id === String(measure?.id))).toEqual({
      measure_id: String(measure?.id),
      unit_code: unit.code,
      kind: "talk",
      taken_on: "2026-11-18",
      cited_cases: "2",
      campaign_id: "",
      follow_up_reported: "false",
    });
    const text = JSON.stringify([notices, measures]);
    expect(text).not.toMatch(/CANARY/);
  });

  it("serves every scorecard version with versions=all, the current one by default", async () => {
    await freezeFinishedPeriods(ctx());
    const current = await download("scorecards.csv", { from: "2026-10", to: "2026-10" });
    const every = await download("scorecards.csv", { from: "2026-10", to: "2026-10", versions: "all" });
    expect(every.length).toBeGreaterThanOrEqual(current.length);
    expect(current.every((row) => row.band_satisfied === "85" && row.band_basically_satisfied === "60")).toBe(true);
  });

  it("describes every dataset and column in datapackage.json", () => {
    const descriptor = dataPackage({ appUrl: "https://example.org", timeZone: calendar.timeZone });
    expect(descriptor.answerable.timeZone).toBe("Asia/Shanghai");
    for (const dataset of OPEN_DATA_REGISTRY) {
      const resource = descriptor.resources.find((r) => r.name === `${dataset.name}-csv`);
      expect(resource?.path).toBe(`https://example.org/api/open-data/${dataset.name}.csv`);
      expect(resource?.schema.fields.map((f) => f.name)).toEqual(dataset.columns.map((c) => c.key));
    }
  });
});
