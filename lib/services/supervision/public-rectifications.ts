import "server-only";
import type { Queryable } from "@/db/client";
import { listRectifications } from "@/db/queries/rectifications";
import { redactText } from "@/lib/domain/privacy/redaction";
import { planFiledLate } from "@/lib/domain/supervision/rectifications";

/**
 * A unit's rectifications as the public reads them: what failed, the deadline, the state, the plan
 * and the completion report, every text through the general redaction (phones, emails, ID
 * numbers). Nothing of who filed, reported or decided.
 */
export async function publicRectificationsOfUnit(db: Queryable, unitId: number) {
  const rows = await listRectifications(db, { unitId, limit: 20 });
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    campaignName: r.campaignName,
    periodKey: r.periodKey,
    publishedAt: r.publishedAt,
    dueAt: r.dueAt,
    status: r.status,
    plan: r.plan === null ? null : redactText(r.plan),
    planDoneBy: r.planDoneBy,
    planFiledAt: r.planFiledAt,
    planLate: r.planFiledAt !== null && planFiledLate(r.planFiledAt, r.dueAt),
    report: r.report === null ? null : redactText(r.report),
    reportedAt: r.reportedAt,
    sendBackReason: r.sendBackReason === null ? null : redactText(r.sendBackReason),
    sendBacks: r.sendBacks,
    acceptedAt: r.acceptedAt,
    noticed: r.overdueNoticeId !== null,
  }));
}
export type PublicRectification = Awaited<ReturnType<typeof publicRectificationsOfUnit>>[number];
