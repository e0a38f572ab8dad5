import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain/access/roles";
import type { Queryable } from "../client";
import { units, userInvitations, users } from "../schema";

/** The role of the account with this e-mail address (stored in lower case), or null. */
export async function roleOfAccount(db: Queryable, email: string): Promise<Role | null> {
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.email, email.toLowerCase()));
  return user?.role ?? null;
}

/** Which accounts the administrators' list shows: everyone, the staff (all but citizens), or one role. */
export type AccountFilter = "all" | "staff" | Role;

/** What every list of accounts shows: who, their role and unit, and whether the account is active. */
const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  unitZh: units.nameZh,
  unitEn: units.nameEn,
  active: users.active,
};

/** Staff accounts (everyone but citizens) with their unit's names, by email (the administration overview). */
export async function listStaffAccounts(db: Queryable) {
  return db
    .select(accountColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(ne(users.role, "citizen"))
    .orderBy(asc(users.email));
}

/** Up to `limit` accounts matching the filter, with their unit's names and standing, by role then email. */
export async function listAccounts(db: Queryable, filter: AccountFilter, limit: number) {
  const where = filter === "all" ? undefined : filter === "staff" ? ne(users.role, "citizen") : eq(users.role, filter);
  return db
    .select({ ...accountColumns, blockedReason: users.blockedReason })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(asc(users.role), asc(users.email))
    .limit(limit);
}

/** The ids of accounts still without a password that hold an unused invitation. */
export async function listInvitedUserIds(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: userInvitations.userId })
    .from(userInvitations)
    .innerJoin(users, eq(users.id, userInvitations.userId))
    .where(and(isNull(userInvitations.usedAt), isNull(users.passwordHash)));
  return rows.map((r) => r.userId);
}

/** One account for the administrators' page, with its unit's names and whether it has a password, or null. */
export async function findAccount(db: Queryable, userId: string) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitId: users.unitId,
      unitZh: units.nameZh,
      unitEn: units.nameEn,
      active: users.active,
      blockedReason: users.blockedReason,
      // Whether there is one, never the hash itself.
      hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  return user ?? null;
}
