import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { STAFF_ROLES } from "@/lib/domain/access/roles";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { type InvitationMail, issueToken, lockUser, queueInvitation, refuse } from "./users";

export async function sendPasswordReset(
  input: { userId: string },
  actor: Actor,
  ctx: ServiceContext,
  mail: InvitationMail = {},
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    // Citizens sign in with emailed links; only staff have passwords.
    if (!STAFF_ROLES.has(user.role)) refuse("form", "notStaff");
    if (!user.active) refuse("form", "inactiveUser");
    const token = await issueToken(tx, user.id, "reset", now);
    // A reset is what an admin does for a lost or stolen password: the sessions end now, not when
    // the new password is set.
    await tx.update(users).set({ sessionsValidAfter: now }).where(eq(users.id, user.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "user.send_password_reset",
      subject: `user:${user.id}`,
      at: now,
    });
    await queueInvitation(tx, ctx, mail, { email: user.email, token, purpose: "reset" });
  });
}
