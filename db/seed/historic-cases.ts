import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { type CaseStatus, OPEN_STATUSES } from "@/lib/domain/cases/lifecycle";
import { formatCaseReference } from "@/lib/domain/cases/reference";
import type { CaseType, Channel } from "@/lib/domain/cases/vocabulary";
import { eventHash } from "@/lib/services/cases/event-hash";
import type { Queryable } from "../client";
import { reserveReferenceNumbers } from "@/lib/services/cases/reference-numbers";
import { caseContacts, caseCoUnits, caseEvents, caseFeedback, cases } from "../schema";
import { CASE_TEXTS, CITIZEN_NAMES } from "./case-texts";
import { CATEGORIES, DISPATCH_ENTRIES, DISTRICTS, SLA_POLICIES, STREETS, UNITS } from "./city-data";
import type { ReferenceIds } from "./reference-data";
import { SeededRandom } from "./random";
import { type CasePlan, isPublicEvent, simulateCase } from "./simulate-case";

const DAY = 24 * 3_600_000;
const CASE_CHUNK = 500;
const EVENT_CHUNK = 3000;

interface GeneratedCase {
  plan: CasePlan;
  row: Omit<typeof cases.$inferInsert, "mergedIntoId">;
  contact: Omit<typeof caseContacts.$inferInsert, "caseId">;
  coUnitIds: number[];
}

export interface HistoricCaseOptions {
  count: number;
  now: Date;
  calendar: WorkingCalendar;
  ids: ReferenceIds;
  citizenUserId: string | null;
  seed?: number;
}

/** Generates and inserts `count` cases over the 12 months before `now`, with events and feedback. */
export async function seedHistoricCases(db: Queryable, options: HistoricCaseOptions): Promise<number> {
  const generated = generateCases(options);
  const insertedIds: number[] = [];
  const counters = new Map<number, number>();
  for (const g of generated)
    counters.set(g.row.referenceYear, Math.max(counters.get(g.row.referenceYear) ?? 0, g.row.referenceSequence));

  for (let start = 0; start < generated.length; start += CASE_CHUNK) {
    const chunk = generated.slice(start, start + CASE_CHUNK);
    const rows = chunk.map((g) => ({
      ...g.row,
      status: g.plan.status === "merged" ? ("submitted" as const) : g.plan.status,
    }));
    const ids = await db.insert(cases).values(rows).returning({ id: cases.id });
    ids.forEach(({ id }) => insertedIds.push(id));

    await db.insert(caseContacts).values(chunk.map((g, i) => ({ ...g.contact, caseId: ids[i]?.id ?? 0 })));
    const coUnits = chunk.flatMap((g, i) => g.coUnitIds.map((unitId) => ({ caseId: ids[i]?.id ?? 0, unitId })));
    if (coUnits.length) await db.insert(caseCoUnits).values(coUnits).onConflictDoNothing();
    const feedback = chunk.flatMap((g, i) => g.plan.feedback.map((f) => ({ caseId: ids[i]?.id ?? 0, ...f })));
    if (feedback.length) await db.insert(caseFeedback).values(feedback);

    const events = chunk.flatMap((g, i) => {
      const caseId = ids[i]?.id ?? 0;
      let prevHash: string | null = null;
      return g.plan.events.map((e) => {
        const fields = {
          caseId,
          event: e.event,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          actorUserId: null,
          actorRole: e.actorRole,
          unitId: e.unitId,
          note: e.note,
          isPublic: isPublicEvent(e.event),
          occurredAt: e.occurredAt,
          data: null,
        };
        const hash = eventHash(prevHash, fields);
        const row = { ...fields, prevHash, hash };
        prevHash = hash;
        return row;
      });
    });
    for (let e = 0; e < events.length; e += EVENT_CHUNK)
      await db.insert(caseEvents).values(events.slice(e, e + EVENT_CHUNK));
  }

  // Duplicates point at the case filed just before them; set once both rows exist.
  for (const [index, g] of generated.entries()) {
    const target = insertedIds[index - 1];
    if (g.plan.status !== "merged" || target === undefined) continue;
    await db
      .update(cases)
      .set({ status: "merged", mergedIntoId: target, closedAt: g.plan.closedAt })
      .where(eq(cases.id, insertedIds[index] ?? 0));
  }

  for (const [year, lastSequence] of counters) await reserveReferenceNumbers(db, year, lastSequence);
  return generated.length;
}

function generateCases({
  count,
  now,
  calendar,
  ids,
  citizenUserId,
  seed = 12345,
}: HistoricCaseOptions): GeneratedCase[] {
  const rng = new SeededRandom(seed);
  const policyByCode = new Map(SLA_POLICIES.map((p) => [p.code, p]));
  const unitId = (code: string) => ids.unit.get(code) ?? 0;
  // Each unit has a steady "quality" so rankings differ the way real ones do.
  const quality = new Map(UNITS.map((u) => [unitId(u.code), 0.55 + rng.next() * 0.42]));
  const approval = new Map(UNITS.map((u) => [unitId(u.code), u.requiresReplyApproval]));
  const districtUnits = new Map(
    DISTRICTS.map((d) => [d.code, UNITS.filter((u) => u.districtCode === d.code).map((u) => unitId(u.code))]),
  );
  const bureaus = UNITS.filter((u) => u.unitClass === "city_bureau").map((u) => unitId(u.code));

  const times = Array.from({ length: count }, () => {
    const age = rng.next() ** 1.15 * 365; // a little busier recently
    const local = now.getTime() - age * DAY;
    const day = new Date(local - (local % DAY));
    const at = day.getTime() + rng.next() * 14 * 3_600_000; // 08:00–22:00 Beijing time
    return new Date(Math.min(at, now.getTime() - 10 * 60_000));
  }).sort((a, b) => a.getTime() - b.getTime());

  const yearSequence = new Map<number, number>();
  let demoCitizenCases = 0;

  // The most recent cases are held in each open state, so every desk has something to show.
  const HOLDS: CaseStatus[] = [...OPEN_STATUSES];
  const holdFrom = times.length - HOLDS.length * 5;

  return times.map((createdAt, index) => {
    const category = rng.pick(CATEGORIES);
    const district = rng.pick(DISTRICTS);
    const policy = policyByCode.get(category.slaPolicyCode) ?? SLA_POLICIES[0]!;
    const entry =
      DISPATCH_ENTRIES.find((e) => e.categoryCode === category.code && e.districtCode === district.code) ??
      DISPATCH_ENTRIES.find((e) => e.categoryCode === category.code && e.districtCode === null);
    const type: CaseType =
      policy.code === "inquiry"
        ? "inquiry"
        : policy.code === "proposal"
          ? rng.pick(["deputy_suggestion", "cppcc_proposal"] as const)
          : rng.weighted<CaseType>([
              ["complaint", 45],
              ["help_request", 20],
              ["suggestion", 12],
              ["report", 8],
              ["inquiry", 10],
              ["praise", 5],
            ]);
    const channel = rng.weighted<Channel>([
      ["web", 40],
      ["phone", 40],
      ["mobile", 10],
      ["email", 4],
      ["letter", 3],
      ["visit", 3],
    ]);
    const english = rng.chance(0.15);
    const text = rng.pick(CASE_TEXTS[category.code] ?? []);
    const name = rng.pick(CITIZEN_NAMES);
    const street = rng.pick(STREETS.filter((s) => s.districtCode === district.code));
    const localUnits = districtUnits.get(district.code) ?? [];
    const plan = simulateCase(
      {
        createdAt,
        type,
        channel,
        policy,
        route: entry ? { leadUnitId: unitId(entry.leadUnitCode) } : null,
        fallbackUnitId: localUnits[0] ?? bureaus[0] ?? 0,
        alternativeUnitId: rng.pick(localUnits.length ? localUnits : bureaus),
        unitQuality: (id) => quality.get(id) ?? 0.8,
        unitRequiresApproval: (id) => approval.get(id) ?? false,
        english,
        mayMerge: index > 0,
        hold: index >= holdFrom ? HOLDS[index % HOLDS.length] : undefined,
      },
      now,
      calendar,
      rng,
    );

    const year = Number(calendar.localDate(createdAt).slice(0, 4));
    const sequence = (yearSequence.get(year) ?? 0) + 1;
    yearSequence.set(year, sequence);
    const ownedByDemoCitizen = citizenUserId !== null && channel === "web" && demoCitizenCases < 12 && rng.chance(0.02);
    if (ownedByDemoCitizen) demoCitizenCases += 1;
    const anonymous = !ownedByDemoCitizen && rng.chance(0.08);

    return {
      plan,
      coUnitIds: plan.leadUnitId && entry ? entry.coUnitCodes.map(unitId).filter((id) => id !== plan.leadUnitId) : [],
      contact: {
        name: anonymous ? null : english ? name.en : name.zh,
        phone: anonymous ? null : `1${rng.pick([3, 5, 8, 9])}${String(rng.int(0, 999_999_999)).padStart(9, "0")}`,
        email: anonymous || !rng.chance(0.3) ? null : `citizen${rng.int(1000, 9999)}@example.cn`,
        address: anonymous ? null : `${english ? street.nameEn : street.nameZh} ${rng.int(1, 300)}`,
      },
      row: {
        reference: formatCaseReference(year, sequence),
        referenceYear: year,
        referenceSequence: sequence,
        trackingCodeHash: createHash("sha256").update(rng.code(8)).digest("hex"),
        type,
        channel,
        categoryId: ids.category.get(category.code) ?? 0,
        districtId: ids.district.get(district.code) ?? null,
        street: english ? street.nameEn : street.nameZh,
        title: english ? text.titleEn : text.titleZh,
        description: english ? text.bodyEn : text.bodyZh,
        mayPublish: rng.chance(0.4),
        anonymous,
        citizenUserId: ownedByDemoCitizen ? citizenUserId : null,
        leadUnitId: plan.leadUnitId,
        designated: plan.designated,
        slaPolicyId: plan.dispatchedAt ? (ids.policy.get(policy.code) ?? null) : null,
        redirectChannel: plan.redirectChannel,
        redirectReasonCode: plan.redirectChannel ? "outside_remit" : null,
        dispatchedAt: plan.dispatchedAt,
        clockStartedAt: plan.clockStartedAt,
        signForDueAt: plan.signForDueAt,
        firstContactDueAt: plan.firstContactDueAt,
        replyDueAt: plan.replyDueAt,
        disputeDueAt: plan.disputeDueAt,
        feedbackDueAt: plan.feedbackDueAt,
        signedForAt: plan.signedForAt,
        contactedAt: plan.contactedAt,
        repliedAt: plan.repliedAt,
        closedAt: plan.closedAt,
        signedForOnTime: plan.signedForOnTime,
        repliedOnTime: plan.repliedOnTime,
        workingDaysToReply: plan.workingDaysToReply,
        disputeCount: plan.disputeCount,
        rehandleCount: plan.rehandleCount,
        problemCase: plan.problemCase,
        replyOutcome: plan.replyOutcome,
        replyText: plan.replyText,
        replyLegalBasis: plan.replyLegalBasis,
        replyNextSteps: plan.replyNextSteps,
        createdAt,
        updatedAt: plan.events[plan.events.length - 1]?.occurredAt ?? createdAt,
      },
    };
  });
}
