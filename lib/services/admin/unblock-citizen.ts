import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { lockUser, refuse } from "./users";

export async function unblockCitizen(input: { userId: string }, actor: Actor, ctx: ServiceContext): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.role !== "citizen") refuse("form", "notCitizen");
    await tx.update(users).set({ active: true, blockedReason: null }).where(eq(users.id, user.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "user.unblock",
      subject: `user:${user.id}`,
      before: { active: user.active, blockedReason: user.blockedReason },
      after: { active: true, blockedReason: null },
      at: now,
    });
  });
}
