import "server-only";
import { eq } from "drizzle-orm";
import { petitionModerationLog, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";

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
