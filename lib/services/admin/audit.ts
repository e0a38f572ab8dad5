import "server-only";
import type { Queryable } from "@/db/client";
import { appendAuditRow } from "@/db/audit-chain";

/** Records an administrative change, in the same transaction as the change itself, on the audit chain. */
export async function recordAdminChange(
  db: Queryable,
  change: { actorUserId: string | null; action: string; subject: string; before?: unknown; after?: unknown; at?: Date },
): Promise<void> {
  await appendAuditRow(db, {
    actorUserId: change.actorUserId,
    action: change.action,
    subject: change.subject,
    before: change.before ?? null,
    after: change.after ?? null,
    occurredAt: change.at ?? new Date(),
  });
}
