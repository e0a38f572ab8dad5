import { and, eq, inArray, sql } from "drizzle-orm";
import { type Queryable, getDb } from "@/db/client";
import { petitionSignatures, petitions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { serviceContext } from "../context";
import { submitWhenSupported } from "./petition-lifecycle";
import { hashConfirmToken } from "./sign-petition";

export type ConfirmOutcome = "confirmed" | "already_confirmed";

/**
 * Confirms a pending signature by the token from its mail (one UPDATE, no count touched: the
 * batch job counts). Confirming twice is fine; a signature on a petition no longer open, a
 * fraudulent or invalidated one, or an unknown token is "not found".
 */
export async function confirmSignature(petitionId: number, token: string, deps: { db?: Queryable; now?: Date } = {}): Promise<ConfirmOutcome> {
  const db = deps.db ?? (await getDb());
  const now = deps.now ?? new Date();
  const tokenHash = hashConfirmToken(token);
  const open = sql`exists (select 1 from ${petitions} where ${petitions.id} = ${petitionId} and ${petitions.status} in ('gathering', 'open') and coalesce(${petitions.closesAt} > ${now.toISOString()}::timestamptz, true))`;
  const [confirmed] = await db
    .update(petitionSignatures)
    .set({ status: "validated", validatedAt: now })
    .where(and(eq(petitionSignatures.tokenHash, tokenHash), eq(petitionSignatures.petitionId, petitionId), eq(petitionSignatures.status, "pending"), open))
    .returning({ id: petitionSignatures.id });
  if (!confirmed) {
    const [existing] = await db
      .select({ status: petitionSignatures.status })
      .from(petitionSignatures)
      .where(and(eq(petitionSignatures.tokenHash, tokenHash), eq(petitionSignatures.petitionId, petitionId), inArray(petitionSignatures.status, ["validated"])));
    if (existing) return "already_confirmed";
    throw new AppError("not_found");
  }
  // While gathering, the fifth supporter sends the petition to the moderators.
  const [petition] = await db.select({ status: petitions.status }).from(petitions).where(eq(petitions.id, petitionId));
  if (petition?.status === "gathering") await submitWhenSupported(petitionId, await serviceContext({ db, now }));
  return "confirmed";
}

/** Whether a confirmation link is still good, for the page that shows the button. */
export async function signatureForToken(petitionId: number, token: string, db?: Queryable) {
  const database = db ?? (await getDb());
  const [row] = await database
    .select({ status: petitionSignatures.status })
    .from(petitionSignatures)
    .where(and(eq(petitionSignatures.tokenHash, hashConfirmToken(token)), eq(petitionSignatures.petitionId, petitionId)));
  return row ?? null;
}
