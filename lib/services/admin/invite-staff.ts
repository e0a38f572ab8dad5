import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type Role, STAFF_ROLES } from "@/lib/domain/access/roles";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { type InvitationMail, issueToken, queueInvitation, refuse, unitForRole } from "./users";

export async function inviteStaff(
  input: { email: string; name: string; role: Role; unitId: number | null },
  actor: Actor,
  ctx: ServiceContext,
  mail: InvitationMail = {},
): Promise<{ userId: string }> {
  const { db, now } = ctx;
  const email = input.email.trim().toLowerCase();
  if (!STAFF_ROLES.has(input.role)) refuse("role", "staffRole");
  const { userId } = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) refuse("email", "emailTaken", "conflict");
    const unitId = await unitForRole(tx, input.role, input.unitId);
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name, role: input.role, unitId, active: true, createdAt: now })
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    const token = await issueToken(tx, user.id, "invite", now);
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "user.invite",
      subject: `user:${user.id}`,
      after: { email, name: input.name, role: input.role, unitId },
      at: now,
    });
    await queueInvitation(tx, ctx, mail, { email, token, purpose: "invite" });
    return { userId: user.id };
  });
  return { userId };
}
