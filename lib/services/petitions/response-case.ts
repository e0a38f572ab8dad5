import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { listUnitStaffEmails } from "@/db/queries/filing";
import { petitions, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { ServiceContext } from "../context";
import { enqueueMail } from "@/lib/mail/outbox";
import { dispatchInTransaction } from "../cases/dispatch-case";
import { createCase } from "../cases/create-case";
import { ensureReferenceSequence } from "../cases/reference-numbers";
import { SYSTEM_ACTOR } from "../cases/transition";

/**
 * The response threshold obliges an answer: a case of type petition_response, filed under the
 * petition's category and dispatched to its responsible unit through the normal lifecycle, with
 * the reply due in the configured working days. Idempotent: a petition gets one case.
 */
export async function openResponseCase(
  petitionId: number,
  ctx: ServiceContext,
): Promise<{ caseId: number; reference: string } | null> {
  const year = Number(ctx.calendar.localDate(ctx.now).slice(0, 4));
  await ensureReferenceSequence(ctx.db, year);
  const opened = await ctx.db.transaction(async (tx) => {
    const [petition] = await tx.select().from(petitions).where(eq(petitions.id, petitionId)).for("update");
    if (!petition) throw new AppError("not_found");
    if (petition.responseCaseId !== null || !petition.responsibleUnitId) return null;
    const created = await insertResponseCase(tx, petition, ctx, year);
    await tx
      .update(petitions)
      .set({ responseCaseId: created.caseId, updatedAt: ctx.now })
      .where(eq(petitions.id, petitionId));
    // The unit hears as for any dispatched case (the filing mail's text), queued with the case.
    const staff = await listUnitStaffEmails(tx, petition.responsibleUnitId);
    const notice = { reference: created.reference, title: petition.title, casePath: `/cases/${created.reference}` };
    const [zh, en] = [translator("zh-CN"), translator("en")];
    const subject = `${zh("filing.mail.dispatched.subject", notice)} / ${en("filing.mail.dispatched.subject", notice)}`;
    const body = [zh("filing.mail.dispatched.body", notice), "", en("filing.mail.dispatched.body", notice)].join("\n");
    await enqueueMail(
      tx,
      staff.map((to) => ({ to, subject, body })),
    );
    return created;
  });
  if (!opened) return null;
  return { caseId: opened.caseId, reference: opened.reference };
}

async function insertResponseCase(
  tx: Transaction,
  petition: typeof petitions.$inferSelect,
  ctx: ServiceContext,
  year: number,
) {
  const [creator] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, petition.creatorUserId));
  const { row, reference, submitHash } = await createCase(tx, {
    year,
    fields: {
      type: "petition_response",
      channel: "web",
      categoryId: petition.categoryId,
      title: petition.title.slice(0, 200),
      description: [petition.action, petition.background].filter(Boolean).join("\n\n").slice(0, 4000),
      // The petition is public already; its answer is published on it.
      mayPublish: true,
      citizenUserId: petition.creatorUserId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    contact: { name: creator?.name ?? null, email: creator?.email ?? null },
    submit: {
      actor: SYSTEM_ACTOR,
      at: ctx.now,
      data: { petitionId: petition.id, signatures: petition.signatureCount },
    },
  });
  await dispatchInTransaction(
    tx,
    { caseId: row.id, event: "auto_dispatch", actor: SYSTEM_ACTOR, leadUnitId: petition.responsibleUnitId ?? 0 },
    ctx,
    { prevHash: submitHash, lockedRow: row },
  );
  // The petition rules fix the reply time, whatever the category's policy says: the dispatch
  // stores that allowance (roundReplyAllowance), so pauses and extensions keep it.
  return { caseId: row.id, reference };
}
