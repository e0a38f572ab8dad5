import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "@/lib/domain/access/roles";

/** The role of the account with this e-mail address (stored in lower case), or null. */
export async function roleOfAccount(db: Queryable, email: string): Promise<Role | null> {
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.email, email.toLowerCase()));
  return user?.role ?? null;
}
