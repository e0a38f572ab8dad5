import "server-only";
import { and, desc, eq, like, lt, notLike, type SQL } from "drizzle-orm";
import { AUDIT_AREAS, type AuditArea } from "@/lib/domain/admin/audit-diff";
import type { Queryable } from "../client";
import { adminAuditLog, users } from "../schema";

/** What a change shows: when, the recorded before and after, and who made it (null: the system). */
const changeColumns = {
  id: adminAuditLog.id,
  occurredAt: adminAuditLog.occurredAt,
  before: adminAuditLog.before,
  after: adminAuditLog.after,
  email: users.email,
  name: users.name,
};

/**
 * Up to `limit` administrative changes, newest first, with who made them: all, or one area's;
 * with `beforeId`, only those older than that row (the audit page's next page).
 */
export async function listAdminChanges(
  db: Queryable,
  options: { area: AuditArea | null; beforeId: number | null; limit: number },
) {
  // The hotline desk's search log names the phone numbers looked up: personal data, kept in the
  // chain for investigations but never listed here (docs/case-classes.md#the-hotline-desk).
  const filters: SQL[] = [notLike(adminAuditLog.subject, "desk_search:%")];
  if (options.area)
    filters.push(
      options.area === "settings"
        ? eq(adminAuditLog.subject, AUDIT_AREAS.settings)
        : like(adminAuditLog.subject, `${AUDIT_AREAS[options.area]}%`),
    );
  if (options.beforeId !== null) filters.push(lt(adminAuditLog.id, options.beforeId));
  return db
    .select({ ...changeColumns, action: adminAuditLog.action, subject: adminAuditLog.subject })
    .from(adminAuditLog)
    .leftJoin(users, eq(users.id, adminAuditLog.actorUserId))
    .where(and(...filters))
    .orderBy(desc(adminAuditLog.id))
    .limit(options.limit);
}

/** The latest `limit` changes to one audit subject (e.g. the settings), newest first, with who made them. */
export async function listChangesToSubject(db: Queryable, subject: string, limit: number) {
  return db
    .select(changeColumns)
    .from(adminAuditLog)
    .leftJoin(users, eq(users.id, adminAuditLog.actorUserId))
    .where(eq(adminAuditLog.subject, subject))
    .orderBy(desc(adminAuditLog.occurredAt), desc(adminAuditLog.id))
    .limit(limit);
}
