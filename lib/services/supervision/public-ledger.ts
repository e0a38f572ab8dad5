import "server-only";
import { type MeasureRow, listMeasures, measureCountsOfUnit } from "@/db/queries/accountability";
import type { Queryable } from "@/db/client";
import {
  type MeasureKind,
  type PublishedMeasure,
  countByKind,
  publishedMeasure,
} from "@/lib/domain/supervision/accountability";
import type { Settings } from "@/lib/services/settings";

export interface PublicMeasure extends PublishedMeasure {
  id: number;
  unitCode: string;
  unitZh: string;
  unitEn: string;
  campaignId: number | null;
  campaignTitle: string | null;
  /** Cited cases the citizen allowed to be public (their public pages exist). */
  publicCases: string[];
  /** How many cited cases are not public: counted, never named. */
  otherCases: number;
  recordedAt: Date;
  followUpUpdatedAt: Date | null;
}

/** A stored measure as the public sees it (docs/supervision.md#accountability-ledger). */
export function toPublicMeasure(row: MeasureRow, settings: Pick<Settings, "publishOfficialNames">): PublicMeasure {
  const shown = publishedMeasure({ ...row, contacts: row.cases.map((c) => c.contact) }, settings.publishOfficialNames);
  const publicCases = row.cases.filter((c) => c.mayPublish).map((c) => c.reference);
  return {
    ...shown,
    id: row.id,
    unitCode: row.unitCode,
    unitZh: row.unitZh,
    unitEn: row.unitEn,
    campaignId: row.campaignId,
    campaignTitle: row.campaignTitle,
    publicCases,
    otherCases: row.cases.length - publicCases.length,
    recordedAt: row.recordedAt,
    followUpUpdatedAt: row.followUpUpdatedAt,
  };
}

/** The published ledger, newest first: city-wide, or of one unit. */
export async function publicLedger(
  db: Queryable,
  settings: Pick<Settings, "publishOfficialNames">,
  options: { unitId?: number; limit?: number } = {},
): Promise<PublicMeasure[]> {
  return (await listMeasures(db, options)).map((row) => toPublicMeasure(row, settings));
}

/** A unit's measures by kind, every kind present. */
export async function ledgerCountsOfUnit(db: Queryable, unitId: number): Promise<Record<MeasureKind, number>> {
  const counts = countByKind([]);
  for (const row of await measureCountsOfUnit(db, unitId)) counts[row.kind] = Number(row.n);
  return counts;
}
