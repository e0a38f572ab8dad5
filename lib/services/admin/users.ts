import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { units, userInvitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/domain/access/actor";
import { type Role, STAFF_ROLES, UNIT_ROLES } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import { type InvitationNotice, type InvitationNotifier, invitationMailer } from "@/lib/mail/admin-mail";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/admin-people";
import type { ServiceContext } from "../context";
import { recordAdminChange } from "./audit";

const HOUR_MS = 3_600_000;
const INVITATION_LIFETIME_MS = { invite: 7 * 24 * HOUR_MS, reset: 24 * HOUR_MS } as const;

/** Where the set-password link is mailed: the real mail, linking to `ctx.appUrl`, unless a test says otherwise. */
export interface InvitationMail {
  notify?: InvitationNotifier;
}

/** A refusal shown next to a field (or above the form for `form`), as a message key. */
function refuse(field: string, key: string, code: AppError["code"] = "validation"): never {
  throw new AppError(code, key, { [field]: [key] });
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function issueToken(
  db: Queryable,
  userId: string,
  purpose: InvitationNotice["purpose"],
  now: Date,
): Promise<string> {
  // Only the hash is stored: a database leak does not hand out working links.
  const token = randomBytes(32).toString("base64url");
  await db.insert(userInvitations).values({
    userId,
    tokenHash: hashInvitationToken(token),
    purpose,
    expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS[purpose]),
    createdAt: now,
  });
  return token;
}

/** The mail is queued in the transaction that issues its token: both commit, or neither. */
async function queueInvitation(
  tx: Queryable,
  ctx: ServiceContext,
  mail: InvitationMail,
  notice: InvitationNotice,
): Promise<void> {
  const notify = mail.notify ?? invitationMailer(ctx.appUrl);
  await notify(notice, tx);
}

async function lockUser(db: Queryable, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

/** Unit roles need exactly one active unit; every other role has none (the users_unit_matches_role check). */
async function unitForRole(db: Queryable, role: Role, unitId: number | null): Promise<number | null> {
  if (!UNIT_ROLES.has(role)) return null;
  if (unitId === null) refuse("unitId", "unitRequired");
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.active, true)));
  if (!unit) refuse("unitId", "unitUnknown");
  return unit.id;
}

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

export async function blockCitizen(
  input: { userId: string; reason: string },
  actor: Actor,
  ctx: ServiceContext,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.role !== "citizen") refuse("form", "notCitizen");
    await tx
      .update(users)
      .set({ active: false, blockedReason: input.reason, sessionsValidAfter: now })
      .where(eq(users.id, user.id));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "user.block",
      subject: `user:${user.id}`,
      before: { active: user.active, blockedReason: user.blockedReason },
      after: { active: false, blockedReason: input.reason },
      at: now,
    });
  });
}

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

export type InvitationState =
  | { status: "usable"; email: string; purpose: InvitationNotice["purpose"] }
  | { status: "invitationInvalid" | "invitationUsed" | "invitationExpired" };

/** What the set-password page shows before the form is sent; read-only. */
export async function inspectInvitation(
  db: Queryable,
  token: string,
  now: Date = new Date(),
): Promise<InvitationState> {
  const [row] = await db
    .select({
      usedAt: userInvitations.usedAt,
      expiresAt: userInvitations.expiresAt,
      purpose: userInvitations.purpose,
      email: users.email,
      active: users.active,
    })
    .from(userInvitations)
    .innerJoin(users, eq(users.id, userInvitations.userId))
    .where(eq(userInvitations.tokenHash, hashInvitationToken(token)));
  if (!row || !row.active) return { status: "invitationInvalid" };
  if (row.usedAt) return { status: "invitationUsed" };
  if (row.expiresAt.getTime() <= now.getTime()) return { status: "invitationExpired" };
  return { status: "usable", email: row.email, purpose: row.purpose === "reset" ? "reset" : "invite" };
}

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
