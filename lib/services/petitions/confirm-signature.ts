import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { type Queryable, getDb } from "@/db/client";
import { petitionSignatures, petitions } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { submitWhenSupported } from "./petition-lifecycle";
import { hashConfirmToken } from "./sign-petition";

export type ConfirmOutcome = "confirmed" | "already_confirmed";

/**
 * Confirms a pending signature by the token from its mail (one UPDATE, no count touched: the
 * batch job counts). Confirming twice is fine; a signature on a petition no longer open, a
 * fraudulent or invalidated one, or an unknown token is "not found".
 */
export async function confirmSignature(
  { petitionId, token }: { petitionId: number; token: string },
  _actor: Actor | null,
  ctx: ServiceContext,
): Promise<ConfirmOutcome> {
  const { db, now } = ctx;
  // Found by the token's unique index alone, then updated by its id: with the petition and
  // status in one condition, a planner with stale statistics (a table that grew by thousands in
  // a minute) scans every pending signature of a viral petition for each confirmation.
  const [signature] = await db
    .select({ id: petitionSignatures.id, petitionId: petitionSignatures.petitionId, status: petitionSignatures.status })
    .from(petitionSignatures)
    .where(eq(petitionSignatures.tokenHash, hashConfirmToken(token)));
  if (!signature || signature.petitionId !== petitionId) throw new AppError("not_found");
  if (signature.status === "validated") return "already_confirmed";
  if (signature.status !== "pending") throw new AppError("not_found");
  const open = sql`exists (select 1 from ${petitions} where ${petitions.id} = ${petitionId} and ${petitions.status} in ('gathering', 'open') and coalesce(${petitions.closesAt} > ${now.toISOString()}::timestamptz, true))`;
  const [confirmed] = await db
    .update(petitionSignatures)
    .set({ status: "validated", validatedAt: now })
    .where(and(eq(petitionSignatures.id, signature.id), eq(petitionSignatures.status, "pending"), open))
    .returning({ id: petitionSignatures.id });
  if (!confirmed) {
    // Confirmed by a second click a moment ago, or the petition is no longer open.
    const [again] = await db
      .select({ status: petitionSignatures.status })
      .from(petitionSignatures)
      .where(eq(petitionSignatures.id, signature.id));
    if (again?.status === "validated") return "already_confirmed";
    throw new AppError("not_found");
  }
  // While gathering, the fifth supporter sends the petition to the moderators.
  const [petition] = await db.select({ status: petitions.status }).from(petitions).where(eq(petitions.id, petitionId));
  if (petition?.status === "gathering") await submitWhenSupported(petitionId, ctx);
  return "confirmed";
}

/** Whether a confirmation link is still good, for the page that shows the button. */
export async function signatureForToken(petitionId: number, token: string, db?: Queryable) {
  const database = db ?? (await getDb());
  const [row] = await database
    .select({ status: petitionSignatures.status, petitionId: petitionSignatures.petitionId })
    .from(petitionSignatures)
    .where(eq(petitionSignatures.tokenHash, hashConfirmToken(token)));
  return row && row.petitionId === petitionId ? { status: row.status } : null;
}
