import "server-only";
import type { Queryable } from "@/db/client";
import { answersOfNotices, casesOfNotices, listNotices } from "@/db/queries/supervision-notices";
import { redactText } from "@/lib/domain/privacy/redaction";
import { answeredLate } from "@/lib/domain/supervision/notices";

/**
 * A unit's notices since a moment and their answers as the public reads them: every text (topic,
 * demand, answers, reasons) passes through the redaction of each of the notice's cases' contacts,
 * and the cases are counted, never named (a case the citizen did not allow to be published is no
 * one's business). Nothing of who issued, answered or decided.
 */
export async function publicNoticesOfUnit(db: Queryable, unitId: number, since: Date) {
  const notices = await listNotices(db, { unitId, since, limit: 50 });
  const ids = notices.map((n) => n.id);
  const [linked, answers] = await Promise.all([casesOfNotices(db, ids), answersOfNotices(db, ids)]);
  return notices.map((notice) => {
    const contacts = linked.filter((c) => c.noticeId === notice.id).map((c) => c.contact);
    const redact = (text: string) =>
      contacts.reduce((done, contact) => redactText(done, { contact: contact ?? undefined }), redactText(text));
    return {
      id: notice.id,
      level: notice.level,
      status: notice.status,
      issuedAt: notice.issuedAt,
      dueAt: notice.dueAt,
      escalatedAt: notice.escalatedAt,
      caseCount: notice.caseCount,
      topic: notice.topic === null ? null : redact(notice.topic),
      demand: redact(notice.demand),
      answers: answers
        .filter((a) => a.noticeId === notice.id)
        .map((a) => ({
          round: a.round,
          answeredAt: a.answeredAt,
          late: answeredLate(a.answeredAt, a.dueAt),
          doneBy: a.doneBy,
          actions: redact(a.actions),
          decision: a.decision,
          reason: a.reason === null ? null : redact(a.reason),
        })),
    };
  });
}
export type PublicNotice = Awaited<ReturnType<typeof publicNoticesOfUnit>>[number];
