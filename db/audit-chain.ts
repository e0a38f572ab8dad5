import "server-only";
import { createHash } from "node:crypto";
import { asc, desc, isNotNull, isNull, sql } from "drizzle-orm";
import { canonical } from "@/lib/domain/integrity/canonical-json";
import type { Queryable } from "./client";
import { adminAuditLog } from "./schema";

// The admin audit log is one hash chain, like each case's events (docs/integrity.md): each row's
// hash covers its content and the previous row's hash, so an edit or a removal anywhere breaks
// every hash after it.

export interface AuditFields {
  actorUserId: string | null;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
  occurredAt: Date;
}

export function auditHash(prevHash: string | null, row: AuditFields): string {
  const text = JSON.stringify([
    prevHash,
    row.actorUserId,
    row.action,
    row.subject,
    canonical(row.before ?? null),
    canonical(row.after ?? null),
    row.occurredAt.toISOString(),
  ]);
  return createHash("sha256").update(text).digest("hex");
}

/** Index of the first row whose hash does not match its content and predecessor, or -1. */
export function firstBrokenAuditLink(
  rows: readonly (AuditFields & { prevHash: string | null; hash: string | null })[],
) {
  let prev: string | null = null;
  for (const [index, row] of rows.entries()) {
    if (row.hash === null || row.prevHash !== prev || auditHash(prev, row) !== row.hash) return index;
    prev = row.hash;
  }
  return -1;
}

// One writer at a time extends the chain; held until the surrounding transaction ends.
const CHAIN_LOCK = sql`select pg_advisory_xact_lock(8402117)`;

/** Appends one audit row to the chain, in the caller's transaction. */
export async function appendAuditRow(db: Queryable, row: AuditFields): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(CHAIN_LOCK);
    const [last] = await tx
      .select({ hash: adminAuditLog.hash })
      .from(adminAuditLog)
      .where(isNotNull(adminAuditLog.hash))
      .orderBy(desc(adminAuditLog.id))
      .limit(1);
    const prevHash = last?.hash ?? null;
    await tx.insert(adminAuditLog).values({ ...row, prevHash, hash: auditHash(prevHash, row) });
  });
}

/** Hashes, in order, the rows written before the chain existed (run after migrations). */
export async function chainUnhashedAuditRows(db: Queryable): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(CHAIN_LOCK);
    const pending = await tx
      .select()
      .from(adminAuditLog)
      .where(isNull(adminAuditLog.hash))
      .orderBy(asc(adminAuditLog.id));
    if (pending.length === 0) return 0;
    const [hashed] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(adminAuditLog)
      .where(isNotNull(adminAuditLog.hash));
    // Rows without a hash after hashed ones were not written by this code: leave them to the verifier.
    if ((hashed?.n ?? 0) > 0) return 0;
    let prevHash: string | null = null;
    for (const row of pending) {
      const hash = auditHash(prevHash, row);
      await tx
        .update(adminAuditLog)
        .set({ prevHash, hash })
        .where(sql`${adminAuditLog.id} = ${row.id}`);
      prevHash = hash;
    }
    return pending.length;
  });
}
