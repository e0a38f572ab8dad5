import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, notInArray, or, sql } from "drizzle-orm";
import { HIDING_REJECTION_CODES, type PetitionStage, PUBLIC_STATUSES } from "@/lib/domain/petitions/lifecycle";
import type { Queryable } from "../client";
import {
  cases,
  categories,
  districts,
  petitionDistrictCounts,
  petitionModerationLog,
  petitions,
  units,
  users,
} from "../schema";

// Read-only petition queries for the public pages, the API and the moderators. Public ones never
// select signer data, and hide rejections whose reason hides them.

const HIDDEN = [...HIDING_REJECTION_CODES];
export const publiclyVisible = and(
  inArray(petitions.status, [...PUBLIC_STATUSES]),
  or(isNull(petitions.rejectionCode), notInArray(petitions.rejectionCode, HIDDEN)),
);

export const PETITION_SORTS = ["signatures", "newest", "closing"] as const;
export type PetitionSort = (typeof PETITION_SORTS)[number];

const summaryColumns = {
  id: petitions.id,
  title: petitions.title,
  status: petitions.status,
  signatureCount: petitions.signatureCount,
  openedAt: petitions.openedAt,
  closesAt: petitions.closesAt,
  closedAt: petitions.closedAt,
  moderatedAt: petitions.moderatedAt,
  responseThresholdAt: petitions.responseThresholdAt,
  debateThresholdAt: petitions.debateThresholdAt,
  answeredAt: petitions.answeredAt,
  rejectionCode: petitions.rejectionCode,
  updatedAt: petitions.updatedAt,
};

function stageCondition(stage: PetitionStage) {
  switch (stage) {
    case "open":
      return eq(petitions.status, "open");
    case "awaiting_answer":
      return and(
        inArray(petitions.status, ["open", "closed"]),
        isNotNull(petitions.responseThresholdAt),
        isNull(petitions.answeredAt),
      );
    case "answered":
      return and(inArray(petitions.status, ["open", "closed"]), isNotNull(petitions.answeredAt));
    case "closed":
      return eq(petitions.status, "closed");
    case "rejected":
      return eq(petitions.status, "rejected");
  }
}

export async function listPublicPetitions(
  db: Queryable,
  options: { stage: PetitionStage; sort: PetitionSort; limit?: number; offset?: number },
) {
  const order =
    options.sort === "signatures"
      ? [desc(petitions.signatureCount), desc(petitions.id)]
      : options.sort === "closing"
        ? [sql`${petitions.closesAt} asc nulls last`, asc(petitions.id)]
        : [sql`coalesce(${petitions.openedAt}, ${petitions.moderatedAt}) desc nulls last`, desc(petitions.id)];
  return db
    .select(summaryColumns)
    .from(petitions)
    .where(and(publiclyVisible, stageCondition(options.stage)))
    .orderBy(...order)
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
}

/** How many public petitions each tab holds. */
export async function countPublicPetitions(db: Queryable): Promise<Record<PetitionStage, number>> {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${stageCondition("open")})::int`,
      awaiting_answer: sql<number>`count(*) filter (where ${stageCondition("awaiting_answer")})::int`,
      answered: sql<number>`count(*) filter (where ${stageCondition("answered")})::int`,
      closed: sql<number>`count(*) filter (where ${stageCondition("closed")})::int`,
      rejected: sql<number>`count(*) filter (where ${stageCondition("rejected")})::int`,
    })
    .from(petitions)
    .where(publiclyVisible);
  return {
    open: Number(row?.open ?? 0),
    awaiting_answer: Number(row?.awaiting_answer ?? 0),
    answered: Number(row?.answered ?? 0),
    closed: Number(row?.closed ?? 0),
    rejected: Number(row?.rejected ?? 0),
  };
}

/** One petition with its category, unit and response case; null when there is none. */
export async function loadPetition(db: Queryable, id: number) {
  const [row] = await db
    .select({
      petition: petitions,
      categoryZh: categories.nameZh,
      categoryEn: categories.nameEn,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
      unitCode: units.code,
      caseReference: cases.reference,
      caseStatus: cases.status,
      caseReplyDueAt: cases.replyDueAt,
      caseRepliedAt: cases.repliedAt,
      caseReplyText: cases.replyText,
      caseReplyOutcome: cases.replyOutcome,
    })
    .from(petitions)
    .innerJoin(categories, eq(categories.id, petitions.categoryId))
    .leftJoin(units, eq(units.id, petitions.responsibleUnitId))
    .leftJoin(cases, eq(cases.id, petitions.responseCaseId))
    .where(eq(petitions.id, id));
  return row ?? null;
}
export type LoadedPetition = NonNullable<Awaited<ReturnType<typeof loadPetition>>>;

/** Validated signatures per district (every district, zero where none), as of the last refresh. */
export async function districtTallies(db: Queryable, petitionId: number) {
  return db
    .select({
      code: districts.code,
      nameZh: districts.nameZh,
      nameEn: districts.nameEn,
      signatures: sql<number>`coalesce(${petitionDistrictCounts.signatureCount}, 0)::int`,
    })
    .from(districts)
    .leftJoin(
      petitionDistrictCounts,
      and(eq(petitionDistrictCounts.districtId, districts.id), eq(petitionDistrictCounts.petitionId, petitionId)),
    )
    .orderBy(asc(districts.id));
}

export async function listDistrictOptions(db: Queryable) {
  return db
    .select({ code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn })
    .from(districts)
    .orderBy(asc(districts.id));
}

/** The moderators' queue: petitions waiting for a decision, the oldest due first; then flagged open ones. */
export async function moderationQueue(db: Queryable) {
  return db
    .select({
      ...summaryColumns,
      submittedAt: petitions.submittedAt,
      moderationDueAt: petitions.moderationDueAt,
      moderationWarnAt: petitions.moderationWarnAt,
      flaggedAt: petitions.flaggedAt,
    })
    .from(petitions)
    .where(or(eq(petitions.status, "moderation"), isNotNull(petitions.flaggedAt)))
    .orderBy(sql`${petitions.moderationDueAt} asc nulls last`, asc(petitions.id));
}

export async function listOpenPetitionsForModerators(db: Queryable) {
  return db
    .select(summaryColumns)
    .from(petitions)
    .where(eq(petitions.status, "open"))
    .orderBy(desc(petitions.signatureCount))
    .limit(100);
}

export async function moderationHistory(db: Queryable, petitionId: number) {
  return db
    .select({
      id: petitionModerationLog.id,
      action: petitionModerationLog.action,
      detail: petitionModerationLog.detail,
      affected: petitionModerationLog.affected,
      occurredAt: petitionModerationLog.occurredAt,
      actor: users.name,
    })
    .from(petitionModerationLog)
    .leftJoin(users, eq(users.id, petitionModerationLog.actorUserId))
    .where(eq(petitionModerationLog.petitionId, petitionId))
    .orderBy(desc(petitionModerationLog.occurredAt), desc(petitionModerationLog.id))
    .limit(50);
}

export async function listCreatorPetitions(db: Queryable, userId: string) {
  return db
    .select(summaryColumns)
    .from(petitions)
    .where(eq(petitions.creatorUserId, userId))
    .orderBy(desc(petitions.id));
}

/** The most recently changed public petitions, for the Atom feed. */
export async function recentPublicPetitions(db: Queryable, limit = 50) {
  return db
    .select({ ...summaryColumns, action: petitions.action })
    .from(petitions)
    .where(publiclyVisible)
    .orderBy(desc(petitions.updatedAt))
    .limit(limit);
}
