import "server-only";
import { eq } from "drizzle-orm";
import { petitionModerationLog, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { notifySigners } from "./notify-signers";

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
