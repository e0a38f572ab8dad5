import "server-only";
import { type SQL, and, asc, count, desc, eq, exists, inArray, or, sql } from "drizzle-orm";
import type { MeasureKind } from "@/lib/domain/supervision/accountability";
import type { RedactionContact } from "@/lib/domain/privacy/redaction";
import type { Queryable } from "../client";
import { redactionContactColumns } from "./public-cases";
import {
  accountabilityMeasureCases,
  accountabilityMeasures,
  appraisalCampaignUnits,
  appraisalCampaigns,
  caseCoUnits,
  caseContacts,
  caseEvents,
  cases,
  units,
} from "../schema";

// Reads of the accountability ledger (docs/supervision.md#accountability-ledger). The contacts of the
// cited cases are read only to redact the measures' texts with; they are never shown from here.

const measureColumns = {
  id: accountabilityMeasures.id,
  unitId: accountabilityMeasures.unitId,
  kind: accountabilityMeasures.kind,
  takenOn: accountabilityMeasures.takenOn,
  reason: accountabilityMeasures.reason,
  followUp: accountabilityMeasures.followUp,
  officialName: accountabilityMeasures.officialName,
  campaignId: accountabilityMeasures.campaignId,
  campaignTitle: appraisalCampaigns.title,
  recordedAt: accountabilityMeasures.recordedAt,
  followUpUpdatedAt: accountabilityMeasures.followUpUpdatedAt,
  unitCode: units.code,
  unitZh: units.nameZh,
  unitEn: units.nameEn,
};

export interface MeasureCase {
  reference: string;
  mayPublish: boolean;
  contact: RedactionContact | null;
}

async function withCases<T extends { id: number }>(db: Queryable, rows: T[]) {
  const ids = rows.map((row) => row.id);
  const linked = ids.length
    ? await db
        .select({
          measureId: accountabilityMeasureCases.measureId,
          reference: cases.reference,
          mayPublish: cases.mayPublish,
          contact: redactionContactColumns,
        })
        .from(accountabilityMeasureCases)
        .innerJoin(cases, eq(cases.id, accountabilityMeasureCases.caseId))
        .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
        .where(inArray(accountabilityMeasureCases.measureId, ids))
        .orderBy(asc(cases.reference))
    : [];
  return rows.map((row) => ({
    ...row,
    cases: linked
      .filter((link) => link.measureId === row.id)
      .map(({ reference, mayPublish, contact }): MeasureCase => ({ reference, mayPublish, contact })),
  }));
}

/** The newest measures, of one unit or of all, with the cases they cite. */
export async function listMeasures(db: Queryable, options: { unitId?: number; limit?: number } = {}) {
  const where: SQL[] = [];
  if (options.unitId !== undefined) where.push(eq(accountabilityMeasures.unitId, options.unitId));
  const rows = await db
    .select(measureColumns)
    .from(accountabilityMeasures)
    .innerJoin(units, eq(units.id, accountabilityMeasures.unitId))
    .leftJoin(appraisalCampaigns, eq(appraisalCampaigns.id, accountabilityMeasures.campaignId))
    .where(and(...where))
    .orderBy(desc(accountabilityMeasures.takenOn), desc(accountabilityMeasures.id))
    .limit(options.limit ?? 200);
  return withCases(db, rows);
}
export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

export async function findMeasure(db: Queryable, id: number): Promise<MeasureRow | null> {
  const rows = await db
    .select(measureColumns)
    .from(accountabilityMeasures)
    .innerJoin(units, eq(units.id, accountabilityMeasures.unitId))
    .leftJoin(appraisalCampaigns, eq(appraisalCampaigns.id, accountabilityMeasures.campaignId))
    .where(eq(accountabilityMeasures.id, id));
  return (await withCases(db, rows))[0] ?? null;
}

/** How many measures of each kind a unit has on the ledger. */
export async function measureCountsOfUnit(db: Queryable, unitId: number) {
  return db
    .select({ kind: accountabilityMeasures.kind, n: count() })
    .from(accountabilityMeasures)
    .where(eq(accountabilityMeasures.unitId, unitId))
    .groupBy(accountabilityMeasures.kind) as Promise<{ kind: MeasureKind; n: number }[]>;
}

/**
 * The cited cases by reference, and whether the unit ever handled each: its lead now, a co-unit,
 * or a unit named on one of its events (dispatched to it, reassigned from it).
 */
export async function casesForMeasure(db: Queryable, unitId: number, references: readonly string[]) {
  if (references.length === 0) return [];
  const handled = or(
    eq(cases.leadUnitId, unitId),
    exists(
      db
        .select({ one: caseCoUnits.caseId })
        .from(caseCoUnits)
        .where(and(eq(caseCoUnits.caseId, cases.id), eq(caseCoUnits.unitId, unitId))),
    ),
    exists(
      db
        .select({ one: caseEvents.id })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, cases.id), eq(caseEvents.unitId, unitId))),
    ),
  );
  const rows = await db
    .select({ id: cases.id, reference: cases.reference, handledByUnit: sql<boolean>`coalesce(${handled}, false)` })
    .from(cases)
    .where(inArray(cases.reference, [...references]));
  return rows.map((row) => ({ ...row, handledByUnit: Boolean(row.handledByUnit) }));
}

/** A campaign a measure cites: its status and whether it rated the unit. */
export async function campaignForMeasure(db: Queryable, campaignId: number, unitId: number) {
  const [row] = await db
    .select({ status: appraisalCampaigns.status, ratedUnit: appraisalCampaignUnits.unitId })
    .from(appraisalCampaigns)
    .leftJoin(
      appraisalCampaignUnits,
      and(eq(appraisalCampaignUnits.campaignId, appraisalCampaigns.id), eq(appraisalCampaignUnits.unitId, unitId)),
    )
    .where(eq(appraisalCampaigns.id, campaignId));
  return row ? { found: true, closed: row.status === "closed", ratedUnit: row.ratedUnit !== null } : null;
}

/** Closed campaigns, newest first: the appraisal results a measure may cite. */
export async function listClosedCampaigns(db: Queryable) {
  return db
    .select({ id: appraisalCampaigns.id, title: appraisalCampaigns.title })
    .from(appraisalCampaigns)
    .where(eq(appraisalCampaigns.status, "closed"))
    .orderBy(desc(appraisalCampaigns.closedAt), desc(appraisalCampaigns.id));
}
