import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { units, userInvitations, users } from "@/db/schema";
import { type Role, UNIT_ROLES } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import { type InvitationNotice, type InvitationNotifier, invitationMailer } from "@/lib/mail/admin-mail";
import type { ServiceContext } from "../context";

const HOUR_MS = 3_600_000;
const INVITATION_LIFETIME_MS = { invite: 7 * 24 * HOUR_MS, reset: 24 * HOUR_MS } as const;

/** Where the set-password link is mailed: the real mail, linking to `ctx.appUrl`, unless a test says otherwise. */
export interface InvitationMail {
  notify?: InvitationNotifier;
}

/** A refusal shown next to a field (or above the form for `form`), as a message key. */
export function refuse(field: string, key: string, code: AppError["code"] = "validation"): never {
  throw new AppError(code, key, { [field]: [key] });
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(
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
export async function queueInvitation(
  tx: Queryable,
  ctx: ServiceContext,
  mail: InvitationMail,
  notice: InvitationNotice,
): Promise<void> {
  const notify = mail.notify ?? invitationMailer(ctx.appUrl);
  await notify(notice, tx);
}

export async function lockUser(db: Queryable, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

/** Unit roles need exactly one active unit; every other role has none (the users_unit_matches_role check). */
export async function unitForRole(db: Queryable, role: Role, unitId: number | null): Promise<number | null> {
  if (!UNIT_ROLES.has(role)) return null;
  if (unitId === null) refuse("unitId", "unitRequired");
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.active, true)));
  if (!unit) refuse("unitId", "unitUnknown");
  return unit.id;
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
