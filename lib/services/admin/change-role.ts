import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type Role, STAFF_ROLES } from "@/lib/domain/access/roles";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";
import { lockUser, refuse, unitForRole } from "./users";

export async function changeRole(
  input: { userId: string; role: Role; unitId: number | null },
  actor: Actor,
  ctx: ServiceContext,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!STAFF_ROLES.has(user.role)) refuse("role", "notStaff");
    if (!STAFF_ROLES.has(input.role)) refuse("role", "staffRole");
    if (user.id === actor.id && input.role !== "admin") refuse("role", "selfDemote");
    const unitId = await unitForRole(tx, input.role, input.unitId);
    await tx.update(users).set({ role: input.role, unitId }).where(eq(users.id, user.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "user.change_role",
      subject: `user:${user.id}`,
      before: { role: user.role, unitId: user.unitId },
      after: { role: input.role, unitId },
      at: now,
    });
  });
}
