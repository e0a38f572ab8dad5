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
