import "server-only";
import { eq } from "drizzle-orm";
import { open311Clients } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "../admin/audit";
import type { ServiceContext } from "../context";

/** Revokes a client's key at once (its next request is a 403); the client stays on the list. */
export async function revokeApiKey({ clientId }: { clientId: number }, actor: Actor, ctx: ServiceContext) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(open311Clients).where(eq(open311Clients.id, clientId)).for("update");
    if (!before) throw new AppError("not_found");
    if (before.revokedAt !== null) return;
    await tx.update(open311Clients).set({ revokedAt: ctx.now }).where(eq(open311Clients.id, clientId));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "open311.client.revoke",
      subject: `open311_client:${clientId}`,
      before: { name: before.name, keyPrefix: before.keyPrefix },
      after: { revokedAt: ctx.now.toISOString() },
      at: ctx.now,
    });
  });
  return { clientId };
}
