import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { type Permission, can } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";

export type { Actor };

/** The signed-in user, re-read from the database once per request; null for guests or deactivated users. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitId: users.unitId,
      active: users.active,
      sessionsValidAfter: users.sessionsValidAfter,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user?.active) return null;
  // A password change ends every session begun before it (a token without a start is older still).
  if (user.sessionsValidAfter && (session.signedInAt ?? 0) < Math.floor(user.sessionsValidAfter.getTime() / 1000))
    return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, unitId: user.unitId };
});

async function signInPath(): Promise<string> {
  const path = (await headers()).get("x-pathname") ?? "/";
  return `/signin?next=${encodeURIComponent(path)}`;
}

/** For pages: a guest is sent to sign in. */
export async function requireUser(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(await signInPath());
  return actor;
}

/** For pages: a signed-in user without the permission gets a 404, which reveals nothing. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor.role, permission)) notFound();
  return actor;
}

/** For server actions and services: typed errors instead of navigation. */
export async function authorize(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor.role, permission)) throw new AppError("forbidden");
  return actor;
}
