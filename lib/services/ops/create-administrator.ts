import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAdminChange } from "@/lib/services/admin/audit";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/admin-people";

export interface CreateAdministratorInput {
  email: string;
  name: string | null;
  password: string;
}

/**
 * The first administrator of a production database (`npm run admin:create`), or a further one
 * from the command line. Refuses the demo's addresses and password; audited as done by the system.
 */
export async function createAdministrator(
  input: CreateAdministratorInput,
  ctx: { db: Database; now: Date },
): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError("validation", "email", { email: ["email"] });
  if (DEMO_ACCOUNTS.some((account) => account.email === email) || email.endsWith("@answerable.local"))
    throw new AppError("validation", "demo address", { email: ["demoAddress"] });
  if (input.password.length < PASSWORD_MIN_LENGTH)
    throw new AppError("validation", "password too short", { password: ["tooShort"] });
  if (input.password === DEMO_PASSWORD)
    throw new AppError("validation", "demo password", { password: ["demoPassword"] });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw new AppError("conflict", "an account with this email exists");
    const [created] = await tx
      .insert(users)
      .values({ email, name: input.name, role: "admin", passwordHash, emailVerified: ctx.now })
      .returning({ id: users.id });
    if (!created) throw new Error("insert returned nothing");
    await recordAdminChange(tx, {
      actorUserId: null,
      action: "user.create_administrator",
      subject: `user:${created.id}`,
      after: { email, role: "admin" },
      at: ctx.now,
    });
    return created;
  });
}
