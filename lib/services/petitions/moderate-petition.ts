import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { petitionModerationLog, petitions, units, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { RejectionCode } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { ServiceContext } from "../context";
import { notifySigners } from "./notify-signers";
import { newsMail } from "./petition-mail";
import { petitionUrl, transitionPetition } from "./petition-lifecycle";

/** Opens the petition for signing for the configured months and names the unit that must answer. */
export async function approvePetition(
  input: { petitionId: number; responsibleUnitId: number },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
  const [unit] = await ctx.db
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(eq(units.id, input.responsibleUnitId));
  if (!unit?.active) throw new AppError("validation", "inactive or unknown unit", { responsibleUnitId: ["invalid"] });
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "approve",
    actorUserId: moderator.id,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(ctx.appUrl, petitionId));
      const closesAt = new Date(ctx.now);
      closesAt.setUTCMonth(closesAt.getUTCMonth() + ctx.settings.petitionOpenMonths);
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.id,
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
  input: { petitionId: number; code: RejectionCode; note: string },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
  const row = await transitionPetition(ctx, {
    petitionId,
    event: "reject",
    actorUserId: moderator.id,
    detail: input.code,
    apply: async (before, tx) => {
      await tellCreator(tx, before.creatorUserId, before.title, petitionUrl(ctx.appUrl, petitionId));
      return {
        moderatedAt: ctx.now,
        moderatorUserId: moderator.id,
        rejectionCode: input.code,
        rejectionNote: input.note || null,
      };
    },
  });
  return row;
}

/** A flag marks a petition for a second look (in the queue or while open) without deciding. */
export async function flagPetition(
  input: { petitionId: number; note: string | null },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
  const flagged = input.note !== null;
  const [row] = await ctx.db
    .update(petitions)
    .set({ flaggedAt: flagged ? ctx.now : null, flagNote: input.note, updatedAt: ctx.now })
    .where(eq(petitions.id, petitionId))
    .returning({ id: petitions.id });
  if (!row) throw new AppError("not_found");
  await ctx.db.insert(petitionModerationLog).values({
    petitionId,
    actorUserId: moderator.id,
    action: flagged ? "flag" : "unflag",
    detail: input.note,
    occurredAt: ctx.now,
  });
}

/** The public hearing of a petition past the debate threshold: its date and, later, its outcome. */
export async function recordHearing(
  input: { petitionId: number; hearingDate: string | null; hearingOutcome: string | null },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const { petitionId } = input;
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
      actorUserId: moderator.id,
      action: "hearing",
      detail: input.hearingDate,
      occurredAt: ctx.now,
    });
    if (before.hearingDate !== input.hearingDate || before.hearingOutcome !== input.hearingOutcome)
      await notifySigners({ db: tx }, petitionId, "hearing", ctx.appUrl);
  });
}

/** Queued in the moderation's transaction. */
async function tellCreator(tx: Queryable, creatorUserId: string, title: string, url: string) {
  const [creator] = await tx.select({ email: users.email }).from(users).where(eq(users.id, creatorUserId));
  if (creator) await enqueueMail(tx, { to: creator.email, ...newsMail("moderated", { title, url }) });
}
