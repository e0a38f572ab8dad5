import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { petitionModerationLog, petitionSignatures, petitions } from "@/db/schema";
import { type PetitionEvent, nextPetitionStatus } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { forgetSigningCaches } from "./signing-cache";

export type PetitionRow = typeof petitions.$inferSelect;
export type PetitionPatch = Partial<Omit<typeof petitions.$inferInsert, "id" | "status">>;

export function newShareToken(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * The one path for a change of a petition's status: lock the row, check the transition table,
 * update, and write the moderation log row, in one transaction.
 */
export async function transitionPetition(
  ctx: ServiceContext,
  input: {
    petitionId: number;
    event: PetitionEvent;
    actorUserId: string | null;
    detail?: string | null;
    apply?: (row: PetitionRow, tx: Transaction) => PetitionPatch | Promise<PetitionPatch>;
  },
): Promise<PetitionRow> {
  const after = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(petitions).where(eq(petitions.id, input.petitionId)).for("update");
    if (!row) throw new AppError("not_found");
    const to = nextPetitionStatus(row.status, input.event);
    if (!to) throw new AppError("invalid_transition", `${input.event} is not allowed from ${row.status}`);
    const patch = (await input.apply?.(row, tx)) ?? {};
    const [updated] = await tx
      .update(petitions)
      .set({ ...patch, status: to, updatedAt: ctx.now })
      .where(eq(petitions.id, row.id))
      .returning();
    if (!updated) throw new AppError("not_found");
    await tx.insert(petitionModerationLog).values({
      petitionId: row.id,
      actorUserId: input.actorUserId,
      action: input.event,
      detail: input.detail ?? null,
      occurredAt: ctx.now,
    });
    return updated;
  });
  forgetSigningCaches(input.petitionId);
  return after;
}

/** When the gathering petition has its supporters, it goes to the moderation queue with a due date. */
export async function submitWhenSupported(petitionId: number, ctx: ServiceContext): Promise<boolean> {
  const [supporters] = await ctx.db
    .select({ n: count() })
    .from(petitionSignatures)
    .where(and(eq(petitionSignatures.petitionId, petitionId), eq(petitionSignatures.status, "validated")));
  const [petition] = await ctx.db
    .select({ required: petitions.supportersRequired, status: petitions.status })
    .from(petitions)
    .where(eq(petitions.id, petitionId));
  if (!petition || petition.status !== "gathering" || (supporters?.n ?? 0) < petition.required) return false;
  try {
    await transitionPetition(ctx, {
      petitionId,
      event: "submit_for_moderation",
      actorUserId: null,
      apply: () => {
        const days = ctx.settings.petitionModerationWorkingDays;
        return {
          submittedAt: ctx.now,
          moderationDueAt: ctx.calendar.addWorkingDays(ctx.now, days),
          moderationWarnAt: ctx.calendar.addWorkingDays(ctx.now, Math.max(0, days - 1)),
        };
      },
    });
    return true;
  } catch (error) {
    // Two supporters confirming at once: the second finds it already submitted.
    if (error instanceof AppError && error.code === "invalid_transition") return false;
    throw error;
  }
}

/** The petition's public address, for mail. */
export function petitionUrl(baseUrl: string, petitionId: number): string {
  return `${baseUrl}/petitions/${petitionId}`;
}

export const validatedCount = (petitionId: number) =>
  sql<number>`(select count(*)::int from ${petitionSignatures} where ${petitionSignatures.petitionId} = ${petitionId} and ${petitionSignatures.status} = 'validated')`;
