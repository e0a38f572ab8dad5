import "server-only";
import { eq } from "drizzle-orm";
import { slaPolicies } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { validateSlaLimits } from "@/lib/domain/admin/sla-rules";
import { AppError } from "@/lib/errors";
import type { SlaPolicyInput } from "@/lib/validation/admin-rules";
import type { ServiceContext } from "../context";
import { forgetRoutingCache } from "../routing-cache";
import { recordAdminChange } from "./audit";

type Policy = typeof slaPolicies.$inferSelect;

function checked(input: SlaPolicyInput): void {
  const errors = validateSlaLimits(input);
  if (Object.keys(errors).length > 0)
    throw new AppError("validation", "SLA limits are not coherent", errors as Record<string, string[]>);
}

/** A new SLA policy; cases only get it once a category points at it. */
export async function createSlaPolicy(input: SlaPolicyInput, actor: Actor, ctx: ServiceContext): Promise<Policy> {
  const { db, now } = ctx;
  checked(input);
  const created = await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.code, input.code));
    if (taken) throw new AppError("conflict", "policy code taken", { code: ["codeTaken"] });
    const [row] = await tx.insert(slaPolicies).values(input).returning();
    if (!row) throw new Error("insert returned nothing");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "sla_policy.create",
      subject: `sla_policy:${row.code}`,
      after: row,
      at: now,
    });
    return row;
  });
  forgetRoutingCache(db);
  return created;
}

/**
 * Changes a policy's limits. Cases already dispatched keep the deadlines stored on them;
 * only cases dispatched afterwards get the new limits.
 */
export async function updateSlaPolicy(
  { currentCode: code, ...input }: SlaPolicyInput & { currentCode: string },
  actor: Actor,
  ctx: ServiceContext,
): Promise<Policy> {
  const { db, now } = ctx;
  checked(input);
  const updated = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(slaPolicies).where(eq(slaPolicies.code, code)).for("update");
    if (!before) throw new AppError("not_found");
    if (input.code !== code) {
      const [taken] = await tx.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.code, input.code));
      if (taken) throw new AppError("conflict", "policy code taken", { code: ["codeTaken"] });
    }
    const [after] = await tx.update(slaPolicies).set(input).where(eq(slaPolicies.id, before.id)).returning();
    if (!after) throw new Error("update returned nothing");
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "sla_policy.update",
      subject: `sla_policy:${before.code}`,
      before,
      after,
      at: now,
    });
    return after;
  });
  forgetRoutingCache(db);
  return updated;
}
