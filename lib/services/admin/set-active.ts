import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { lockUser, refuse } from "./users";

/** Deactivation takes effect on the person's next request: the session re-reads `active`, and every
 *  session begun before it stays ended after a reactivation. */
export async function setActive(
  input: { userId: string; active: boolean },
  actor: Actor,
  ctx: ServiceContext,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.id === actor.id && !input.active) refuse("form", "selfDeactivate");
    if (user.active === input.active) return;
    await tx
      .update(users)
      .set({
        active: input.active,
        blockedReason: input.active ? null : user.blockedReason,
        ...(input.active ? {} : { sessionsValidAfter: now }),
      })
      .where(eq(users.id, user.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: input.active ? "user.reactivate" : "user.deactivate",
      subject: `user:${user.id}`,
      before: { active: user.active },
      after: { active: input.active },
      at: now,
    });
  });
}
