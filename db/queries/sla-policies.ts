import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { slaPolicies } from "../schema";

/** Every SLA policy as stored, in id order (the policies table). */
export async function listSlaPolicies(db: Queryable) {
  return db.select().from(slaPolicies).orderBy(asc(slaPolicies.id));
}

/** Every SLA policy's id and names, in id order (the category form's choice). */
export async function listSlaPolicyNames(db: Queryable) {
  return db
    .select({ id: slaPolicies.id, nameZh: slaPolicies.nameZh, nameEn: slaPolicies.nameEn })
    .from(slaPolicies)
    .orderBy(asc(slaPolicies.id));
}

/** The stored SLA policy with this code, every column (the edit form), or null. */
export async function findSlaPolicyByCode(db: Queryable, code: string) {
  const [policy] = await db.select().from(slaPolicies).where(eq(slaPolicies.code, code));
  return policy ?? null;
}
