import "server-only";
import { and, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { ANSWERED_STATUSES } from "@/lib/domain/cases/lifecycle";
import { cases, mailOutbox, petitionSignatures, petitions, users } from "@/db/schema";
import { redactText } from "@/lib/domain/privacy/redaction";
import { petitionMailTag } from "@/lib/domain/privacy/retention";
import type { ServiceContext } from "../context";
import { notifySigners } from "./notify-signers";
import { transitionPetition } from "./petition-lifecycle";

/** Open petitions past their closing time close. Idempotent and bounded. */
export async function closeExpiredPetitions(ctx: ServiceContext, limit = 100): Promise<number> {
  const due = await ctx.db
    .select({ id: petitions.id })
    .from(petitions)
    .where(and(eq(petitions.status, "open"), lte(petitions.closesAt, ctx.now)))
    .limit(limit);
  for (const { id } of due)
    await transitionPetition(ctx, {
      petitionId: id,
      event: "close",
      actorUserId: null,
      apply: () => ({ closedAt: ctx.now, countedAt: null }),
    });
  return due.length;
}

/**
 * A response case the unit has replied to publishes its reply on the petition (once the reply is
 * the case's public reply: after a head's approval where one is needed), and signers hear of it.
 */
export async function publishAnswers(ctx: ServiceContext, baseUrl?: string): Promise<number> {
  const replied = await ctx.db
    .select({
      id: petitions.id,
      replyText: cases.replyText,
      repliedAt: cases.repliedAt,
      creatorName: petitions.creatorName,
      creatorAccountName: users.name,
      creatorEmail: users.email,
    })
    .from(petitions)
    .innerJoin(cases, eq(cases.id, petitions.responseCaseId))
    .leftJoin(users, eq(users.id, petitions.creatorUserId))
    .where(
      and(
        isNull(petitions.answeredAt),
        isNotNull(cases.repliedAt),
        isNotNull(cases.replyText),
        inArray(cases.status, [...ANSWERED_STATUSES]),
      ),
    );
  for (const row of replied) {
    // The answer is published: it loses the creator's name and address like any public text.
    const answerText = redactText(row.replyText ?? "", {
      names: [row.creatorName, row.creatorAccountName].filter((name): name is string => Boolean(name)),
      contact: { email: row.creatorEmail },
    });
    // The news is queued with the answer's publication, or neither happens (the outbox).
    await ctx.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(petitions)
        .set({ answeredAt: row.repliedAt ?? ctx.now, answerText, updatedAt: ctx.now })
        .where(and(eq(petitions.id, row.id), isNull(petitions.answeredAt)))
        .returning({ id: petitions.id });
      if (updated) await notifySigners({ db: tx }, row.id, "answered", baseUrl);
    });
  }
  return replied.length;
}

export const ANONYMISE_AFTER_MONTHS = 6;

/** Six months after a petition closes, its signatures keep only their district and status. */
export async function anonymiseClosedSignatures(ctx: ServiceContext): Promise<number> {
  const cutoff = new Date(ctx.now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - ANONYMISE_AFTER_MONTHS);
  const due = await ctx.db
    .select({ id: petitions.id })
    .from(petitions)
    .where(
      and(
        inArray(petitions.status, ["closed", "rejected"]),
        isNull(petitions.signaturesAnonymisedAt),
        sql`coalesce(${petitions.closedAt}, ${petitions.moderatedAt}) <= ${cutoff.toISOString()}::timestamptz`,
      ),
    );
  let cleared = 0;
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      const rows = await tx
        .update(petitionSignatures)
        .set({
          name: null,
          email: null,
          canonicalEmail: null,
          emailDomain: null,
          ipAddress: null,
          tokenHash: null,
          anonymisedAt: ctx.now,
        })
        .where(and(eq(petitionSignatures.petitionId, id), isNull(petitionSignatures.anonymisedAt)))
        .returning({ id: petitionSignatures.id });
      cleared += rows.length;
      // The signers' confirmation and news mails name them too.
      await tx.delete(mailOutbox).where(eq(mailOutbox.about, petitionMailTag(id)));
      await tx
        .update(petitions)
        .set({ signaturesAnonymisedAt: ctx.now, creatorName: null })
        .where(eq(petitions.id, id));
    });
  }
  return cleared;
}
