import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { userInvitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/domain/access/actor";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/admin-people";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { hashInvitationToken, lockUser, refuse } from "./users";

/** The emailed link, used once: sets the password and spends this and every other open link of the user. */
export async function acceptInvitation(
  input: { token: string; password: string },
  _actor: Actor | null,
  ctx: ServiceContext,
): Promise<{ userId: string; email: string }> {
  const { db, now } = ctx;
  if (input.password.length < PASSWORD_MIN_LENGTH) refuse("password", "passwordTooShort");
  // scrypt is slow on purpose: hash before taking row locks.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(userInvitations)
      .where(eq(userInvitations.tokenHash, hashInvitationToken(input.token)))
      .for("update");
    if (!invitation) refuse("form", "invitationInvalid", "not_found");
    if (invitation.usedAt) refuse("form", "invitationUsed", "conflict");
    if (invitation.expiresAt.getTime() <= now.getTime()) refuse("form", "invitationExpired", "conflict");
    const user = await lockUser(tx, invitation.userId);
    if (!user.active) refuse("form", "invitationInvalid", "forbidden");
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: user.emailVerified ?? now, sessionsValidAfter: now })
      .where(eq(users.id, user.id));
    await tx
      .update(userInvitations)
      .set({ usedAt: now })
      .where(and(eq(userInvitations.userId, user.id), isNull(userInvitations.usedAt)));
    await recordAdminChange(tx, {
      actorUserId: user.id,
      action: invitation.purpose === "reset" ? "user.password_reset" : "user.accept_invitation",
      subject: `user:${user.id}`,
      at: now,
    });
    return { userId: user.id, email: user.email };
  });
}
