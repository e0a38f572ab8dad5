import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { cases, supervisionNoticeCases, supervisionNotices, units } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { can } from "@/lib/domain/access/roles";
import { type NoticeLevel, noticeDueAt } from "@/lib/domain/supervision/notices";
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
    return createNotice(
      tx,
      {
        unit,
        level: input.level,
        topic: input.topic,
        demand: input.demand,
        workingDays: input.workingDays,
        issuedBy: actor.id,
        caseIds: found.map((c) => c.id),
      },
      ctx,
    );
  });
}

/**
 * Writes a notice and tells the unit's heads, in the caller's transaction: a supervisor's notice,
 * or the system's (issuedBy null) when a rectification plan was not filed in time.
 */
export async function createNotice(
  tx: Queryable,
  fields: {
    unit: { id: number; nameZh: string; nameEn: string };
    level: NoticeLevel;
    topic: string | null;
    demand: string;
    workingDays: number;
    issuedBy: string | null;
    caseIds: readonly number[];
  },
  ctx: ServiceContext,
): Promise<{ id: number }> {
  const { now, calendar } = ctx;
  const { unit } = fields;
  const [notice] = await tx
    .insert(supervisionNotices)
    .values({
      unitId: unit.id,
      level: fields.level,
      topic: fields.topic,
      demand: fields.demand,
      responseWorkingDays: fields.workingDays,
      issuedBy: fields.issuedBy,
      issuedAt: now,
      dueAt: noticeDueAt(now, fields.workingDays, calendar),
    })
    .returning({ id: supervisionNotices.id });
  if (!notice) throw new Error("notice insert returned nothing");
  if (fields.caseIds.length)
    await tx.insert(supervisionNoticeCases).values(fields.caseIds.map((caseId) => ({ noticeId: notice.id, caseId })));
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
}
