import "server-only";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { type Queryable, sqlRows } from "@/db/client";
import { petitionBlocks, petitionModerationLog, petitionSignatures, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { isValidRange } from "@/lib/domain/petitions/block-list";
import type { BlockKind } from "@/lib/domain/petitions/lifecycle";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { forgetSigningCaches } from "./signing-cache";

export async function addBlock(
  input: { kind: BlockKind; pattern: string; note: string | null },
  moderator: Actor,
  ctx: ServiceContext,
) {
  const pattern = input.pattern.trim().toLowerCase();
  const valid =
    input.kind === "ip_range"
      ? isValidRange(pattern)
      : input.kind === "domain"
        ? /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(pattern)
        : /^[^@\s]+@[^@\s]+$/.test(pattern);
  if (!valid) throw new AppError("validation", "bad pattern", { pattern: ["badPattern"] });
  await ctx.db
    .insert(petitionBlocks)
    .values({ kind: input.kind, pattern, note: input.note, createdByUserId: moderator.id, createdAt: ctx.now })
    .onConflictDoNothing();
  forgetSigningCaches();
}

export async function removeBlock({ blockId }: { blockId: number }, _moderator: Actor, ctx: ServiceContext) {
  await ctx.db.delete(petitionBlocks).where(eq(petitionBlocks.id, blockId));
  forgetSigningCaches();
}

export async function listBlocks(db: Queryable) {
  return db.select().from(petitionBlocks).orderBy(desc(petitionBlocks.createdAt));
}

export interface TrendRow {
  hour: Date;
  key: string;
  signatures: number;
}

/** The busiest addresses and email domains per hour on one petition, over the last `hours`. */
export async function trendingSources(
  petitionId: number,
  by: "ip" | "domain",
  ctx: ServiceContext,
  hours = 24,
  limit = 20,
): Promise<TrendRow[]> {
  const since = new Date(ctx.now.getTime() - hours * 3_600_000);
  const column = by === "ip" ? sql`host(ip_address)` : sql`email_domain`;
  const rows = await sqlRows<{ hour: string | Date; key: string | null; n: number }>(
    ctx.db,
    sql`select date_trunc('hour', created_at) as hour, ${column} as key, count(*)::int as n
        from ${petitionSignatures}
        where petition_id = ${petitionId} and created_at >= ${since.toISOString()}::timestamptz and ${column} is not null
        group by 1, 2 order by n desc, hour desc limit ${limit}`,
  );
  return rows.map((r) => ({ hour: new Date(r.hour), key: r.key ?? "", signatures: Number(r.n) }));
}

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
