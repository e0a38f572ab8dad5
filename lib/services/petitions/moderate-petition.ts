import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { petitionModerationLog, petitions, units, users } from "@/db/schema";
import type { RejectionCode } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { ServiceContext } from "../context";
import { notifySigners } from "./notify-signers";
import { newsMail } from "./petition-mail";
import { petitionUrl, transitionPetition } from "./petition-lifecycle";

export interface Moderator {
  userId: string;
}

/** Opens the petition for signing for the configured months and names the unit that must answer. */
export async function approvePetition(
  petitionId: number,
  input: { responsibleUnitId: number },
  moderator: Moderator,
  ctx: ServiceContext,
  baseUrl = "",
) {
  const [unit] = await ctx.db
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(eq(units.id, input.responsibleUnitId));
  if (!unit?.active) throw new AppError("validation", "inactive or unknown unit", { responsibleUnitId: ["invalid"] });
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "approve",
    actorUserId: moderator.userId,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(baseUrl, petitionId));
      const closesAt = new Date(ctx.now);
      closesAt.setUTCMonth(closesAt.getUTCMonth() + ctx.settings.petitionOpenMonths);
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.userId,
        responsibleUnitId: unit.id,
        openedAt: ctx.now,
        closesAt,
        countedAt: null,
      };
    },
  });
  return row;
}

export async function rejectPetition(
  petitionId: number,
  input: { code: RejectionCode; note: string },
  moderator: Moderator,
  ctx: ServiceContext,
  baseUrl = "",
) {
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "reject",
    actorUserId: moderator.userId,
    detail: input.code,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(baseUrl, petitionId));
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.userId,
        rejectionCode: input.code,
        rejectionNote: input.note || null,
      };
    },
  });
  return row;
}

/** A flag marks a petition for a second look (in the queue or while open) without deciding. */
export async function flagPetition(
  petitionId: number,
  input: { note: string | null },
  moderator: Moderator,
  ctx: ServiceContext,
) {
  const flagged = input.note !== null;
  const [row] = await ctx.db
    .update(petitions)
    .set({ flaggedAt: flagged ? ctx.now : null, flagNote: input.note, updatedAt: ctx.now })
    .where(eq(petitions.id, petitionId))
    .returning({ id: petitions.id });
  if (!row) throw new AppError("not_found");
  await ctx.db.insert(petitionModerationLog).values({
    petitionId,
    actorUserId: moderator.userId,
    action: flagged ? "flag" : "unflag",
    detail: input.note,
    occurredAt: ctx.now,
  });
}

/** The public hearing of a petition past the debate threshold: its date and, later, its outcome. */
export async function recordHearing(
  petitionId: number,
  input: { hearingDate: string | null; hearingOutcome: string | null },
  moderator: Moderator,
  ctx: ServiceContext,
  baseUrl = "",
) {
  const [before] = await ctx.db
    .select({
      debateThresholdAt: petitions.debateThresholdAt,
      hearingDate: petitions.hearingDate,
      hearingOutcome: petitions.hearingOutcome,
    })
    .from(petitions)
    .where(eq(petitions.id, petitionId));
  if (!before) throw new AppError("not_found");
  if (!before.debateThresholdAt)
    throw new AppError("validation", "debate threshold not reached", { form: ["noHearingYet"] });
  // The signers' news is queued with the change it tells of.
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(petitions)
      .set({ hearingDate: input.hearingDate, hearingOutcome: input.hearingOutcome, updatedAt: ctx.now })
      .where(eq(petitions.id, petitionId));
    await tx.insert(petitionModerationLog).values({
      petitionId,
      actorUserId: moderator.userId,
      action: "hearing",
      detail: input.hearingDate,
      occurredAt: ctx.now,
    });
    if (before.hearingDate !== input.hearingDate || before.hearingOutcome !== input.hearingOutcome)
      await notifySigners({ db: tx }, petitionId, "hearing", baseUrl);
  });
}

/** Queued in the moderation's transaction. */
async function tellCreator(tx: Queryable, creatorUserId: string, title: string, url: string) {
  const [creator] = await tx.select({ email: users.email }).from(users).where(eq(users.id, creatorUserId));
  if (creator) await enqueueMail(tx, { to: creator.email, ...newsMail("moderated", { title, url }) });
}
