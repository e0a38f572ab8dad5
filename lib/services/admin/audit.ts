import type { Queryable } from "@/db/client";
import { adminAuditLog } from "@/db/schema";

/** Records an administrative change, in the same transaction as the change itself. */
export async function recordAdminChange(
  db: Queryable,
  change: { actorUserId: string | null; action: string; subject: string; before?: unknown; after?: unknown; at?: Date },
): Promise<void> {
  await db.insert(adminAuditLog).values({
    actorUserId: change.actorUserId,
    action: change.action,
    subject: change.subject,
    before: change.before ?? null,
    after: change.after ?? null,
    occurredAt: change.at ?? new Date(),
  });
}
