import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { cases, supervisionNoticeCases, supervisionNotices, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { can } from "@/lib/domain/access/roles";
import { noticeDueAt } from "@/lib/domain/supervision/notices";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { ServiceContext } from "@/lib/services/context";
import type { IssueNoticeInput } from "@/lib/validation/supervision-notices";
import { headsOf, noticeMails } from "./notices";

/**
 * A supervisor issues a notice to one unit about its cases (each led by that unit) or a topic; the
 * answer is due `workingDays` working days after today. The unit's heads are told in the same
 * transaction.
 */
export async function issueNotice(input: IssueNoticeInput, actor: Actor, ctx: ServiceContext): Promise<{ id: number }> {
  if (!can(actor.role, "supervision.act")) throw new AppError("forbidden");
  const { now, calendar } = ctx;
  return ctx.db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn })
      .from(units)
      .where(and(eq(units.id, input.unitId), eq(units.active, true)));
    if (!unit) throw new AppError("validation", "unknown unit", { unitId: ["unitUnknown"] });
    const found = input.references.length
      ? await tx
          .select({ id: cases.id, reference: cases.reference, leadUnitId: cases.leadUnitId })
          .from(cases)
          .where(inArray(cases.reference, input.references))
      : [];
    const missing = input.references.filter((reference) => !found.some((c) => c.reference === reference));
    if (missing.length) throw new AppError("validation", "unknown case", { references: ["caseUnknown"] });
    if (found.some((c) => c.leadUnitId !== unit.id))
      throw new AppError("validation", "case of another unit", { references: ["caseOfAnotherUnit"] });
    const [notice] = await tx
      .insert(supervisionNotices)
      .values({
        unitId: unit.id,
        level: input.level,
        topic: input.topic,
        demand: input.demand,
        responseWorkingDays: input.workingDays,
        issuedBy: actor.id,
        issuedAt: now,
        dueAt: noticeDueAt(now, input.workingDays, calendar),
      })
      .returning({ id: supervisionNotices.id });
    if (!notice) throw new Error("notice insert returned nothing");
    if (found.length)
      await tx.insert(supervisionNoticeCases).values(found.map((c) => ({ noticeId: notice.id, caseId: c.id })));
    const link = `${ctx.appUrl}/unit/notices/${notice.id}`;
    await enqueueMail(
      tx,
      noticeMails("issued", await headsOf(tx, unit.id), {
        id: notice.id,
        unitZh: unit.nameZh,
        unitEn: unit.nameEn,
        link,
      }),
    );
    return notice;
  });
}
