import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { caseContacts, cases } from "@/db/schema";
import { type CaseStatus, OPEN_STATUSES } from "@/lib/domain/cases/lifecycle";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { redactionContactColumns } from "@/db/queries/public-cases";

export interface SimilarCase {
  reference: string;
  /** Redacted of phone numbers, emails, ID numbers and every contact field the filer gave. */
  title: string;
  status: CaseStatus;
  createdAt: Date;
}

const LIMIT = 5;

/**
 * Open cases a citizen may be about to file again: same category and district, most similar
 * title first (pg_trgm). Only cases their filers allowed to be published are shown to others,
 * and only public-safe fields.
 */
export async function findSimilarOpenCases(
  subject: { categoryId: number; districtId: number; text: string },
  db: Queryable,
): Promise<SimilarCase[]> {
  const similarity = sql<number>`similarity(${cases.title}, ${subject.text})`;
  const rows = await db
    .select({
      reference: cases.reference,
      title: cases.title,
      status: cases.status,
      createdAt: cases.createdAt,
      contact: redactionContactColumns,
    })
    .from(cases)
    .leftJoin(caseContacts, eq(caseContacts.caseId, cases.id))
    .where(
      and(
        eq(cases.categoryId, subject.categoryId),
        eq(cases.districtId, subject.districtId),
        inArray(cases.status, [...OPEN_STATUSES]),
        eq(cases.mayPublish, true),
      ),
    )
    .orderBy(desc(similarity), desc(cases.createdAt))
    .limit(LIMIT);
  return rows.map((row) => ({
    reference: row.reference,
    title: redactorFor(row.contact)(row.title),
    status: row.status,
    createdAt: row.createdAt,
  }));
}
