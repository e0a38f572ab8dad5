import "server-only";
import { eq } from "drizzle-orm";
import { slaPolicies } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { SlaPolicyInput } from "@/lib/validation/admin-rules";
import type { ServiceContext } from "../context";
import { forgetRoutingCache } from "../routing-cache";
import { recordAdminChange } from "./audit";
import { checked, type Policy } from "./sla-policies";

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
