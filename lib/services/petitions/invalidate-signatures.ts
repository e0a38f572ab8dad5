import "server-only";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { petitionModerationLog, petitionSignatures, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { isValidRange } from "@/lib/domain/petitions/block-list";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";

export type Invalidation =
  { by: "ip"; range: string } | { by: "domain"; domain: string } | { by: "window"; from: Date; to: Date };

/**
 * Invalidates the petition's signatures (pending or validated) from an address range, an email
 * domain or a time window. They stay stored; the petition is marked for a recount, so the next
 * batch refresh lowers the count and un-stamps any threshold it fell below.
 */
export async function invalidateSignatures(
  input: Invalidation & { petitionId: number },
  moderator: Actor,
  ctx: ServiceContext,
): Promise<number> {
  const { petitionId } = input;
  const condition =
    input.by === "ip"
      ? isValidRange(input.range)
        ? sql`${petitionSignatures.ipAddress} <<= ${input.range}::inet`
        : null
      : input.by === "domain"
        ? sql`(${petitionSignatures.emailDomain} = ${input.domain.toLowerCase()} or ${petitionSignatures.emailDomain} like ${`%.${input.domain.toLowerCase()}`})`
        : and(gte(petitionSignatures.createdAt, input.from), lt(petitionSignatures.createdAt, input.to));
  if (!condition) throw new AppError("validation", "bad range", { range: ["badPattern"] });
  return ctx.db.transaction(async (tx) => {
    const changed = await tx
      .update(petitionSignatures)
      .set({ status: "invalidated", invalidatedAt: ctx.now })
      .where(
        and(
          eq(petitionSignatures.petitionId, petitionId),
          inArray(petitionSignatures.status, ["pending", "validated"]),
          condition,
        ),
      )
      .returning({ id: petitionSignatures.id });
    await tx.update(petitions).set({ countedAt: null }).where(eq(petitions.id, petitionId));
    const detail =
      input.by === "ip"
        ? input.range
        : input.by === "domain"
          ? input.domain
          : `${input.from.toISOString()}/${input.to.toISOString()}`;
    await tx.insert(petitionModerationLog).values({
      petitionId,
      actorUserId: moderator.id,
      action: `invalidate_${input.by}`,
      detail,
      affected: changed.length,
      occurredAt: ctx.now,
    });
    return changed.length;
  });
}
