import "server-only";
import { and, between, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { caseContacts, cases } from "@/db/schema";
import { type CaseStatus, OPEN_STATUSES } from "@/lib/domain/cases/lifecycle";
import { type LatLng, boundingBox, distanceMetres } from "@/lib/domain/geo/distance";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { redactionContactColumns } from "@/db/queries/public-cases";

export interface SimilarCase {
  reference: string;
  /** Redacted of phone numbers, emails, ID numbers and every contact field the filer gave. */
  title: string;
  status: CaseStatus;
  createdAt: Date;
  /** Metres from the pin, when the case was found near it; null for a match by title only. */
  distanceMetres: number | null;
}

export interface SimilarSubject {
  categoryId: number;
  /** The district chosen or found from the pin; null: no match by title. */
  districtId: number | null;
  text: string;
  /** The citizen's pin, if placed: open cases of the category within `withinMetres` are offered too. */
  point: LatLng | null;
  withinMetres: number;
}

const LIMIT = 5;
// Cases in the box around the pin read before the exact distance is taken (a box's corners are
// outside the circle); more than enough for a 250 m circle in one category.
const NEARBY_CANDIDATES = 50;

const publishedOpen = (categoryId: number) =>
  and(eq(cases.categoryId, categoryId), inArray(cases.status, [...OPEN_STATUSES]), eq(cases.mayPublish, true));

const columns = {
  reference: cases.reference,
  title: cases.title,
  status: cases.status,
  createdAt: cases.createdAt,
  latitude: cases.latitude,
  longitude: cases.longitude,
  contact: redactionContactColumns,
};

/**
 * Open cases a citizen may be about to file again (docs/maps.md#nearby-duplicates): those of the
 * same category within the set distance of the pin, nearest first, then those of the same
 * category and district, most similar title first (pg_trgm). Only cases their filers allowed to
 * be published are shown to others, and only public-safe fields.
 */
export async function findSimilarOpenCases(subject: SimilarSubject, db: Queryable): Promise<SimilarCase[]> {
  const [nearby, byText] = await Promise.all([nearbyOpenCases(subject, db), textMatches(subject, db)]);
  const seen = new Set(nearby.map((c) => c.reference));
  return [...nearby, ...byText.filter((c) => !seen.has(c.reference))];
}

async function nearbyOpenCases(subject: SimilarSubject, db: Queryable): Promise<SimilarCase[]> {
  const { point, withinMetres } = subject;
  if (!point) return [];
  const box = boundingBox(point, withinMetres);
  const rows = await db
    .select(columns)
    .from(cases)
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(
      and(
        publishedOpen(subject.categoryId),
        isNotNull(cases.latitude),
        isNotNull(cases.longitude),
        between(cases.latitude, box.minLatitude, box.maxLatitude),
        between(cases.longitude, box.minLongitude, box.maxLongitude),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(NEARBY_CANDIDATES);
  return rows
    .map((row) => ({
      row,
      distance: distanceMetres(point, { latitude: row.latitude ?? 0, longitude: row.longitude ?? 0 }),
    }))
    .filter(({ distance }) => distance <= withinMetres)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, LIMIT)
    .map(({ row, distance }) => view(row, distance));
}

async function textMatches(subject: SimilarSubject, db: Queryable): Promise<SimilarCase[]> {
  if (subject.districtId === null) return [];
  const similarity = sql<number>`similarity(${cases.title}, ${subject.text})`;
  const rows = await db
    .select(columns)
    .from(cases)
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(and(publishedOpen(subject.categoryId), eq(cases.districtId, subject.districtId)))
    .orderBy(desc(similarity), desc(cases.createdAt))
    .limit(LIMIT);
  return rows.map((row) => view(row, null));
}

function view(
  row: {
    reference: string;
    title: string;
    status: CaseStatus;
    createdAt: Date;
    contact: Parameters<typeof redactorFor>[0];
  },
  distance: number | null,
): SimilarCase {
  return {
    reference: row.reference,
    title: redactorFor(row.contact)(row.title),
    status: row.status,
    createdAt: row.createdAt,
    distanceMetres: distance,
  };
}
