import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { answersOfNotices, casesOfNotices, findNotice } from "@/db/queries/supervision-notices";
import { requirePermission } from "@/lib/auth/session";
import { mayActOnNotice } from "@/lib/domain/supervision/notices";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { idSchema } from "@/lib/validation/common";
import { NoticeDetails } from "../../../supervision/notices/notice-details";
import { answerNoticeAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  return { title: (await getTranslations("notices"))("number", { id: id.success ? id.data : 0 }) };
}

/** A notice to the reader's unit: its staff read it, its head answers it. */
export default async function UnitNoticePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("case.view_unit");
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const notice = await findNotice(db, parsed.data);
  // Another unit's notice does not exist for this reader.
  if (!notice || notice.unitId !== actor.unitId) notFound();
  const [t, calendar, cases, answers, { done }] = await Promise.all([
    getTranslations("notices"),
    loadCalendar(db),
    casesOfNotices(db, [notice.id]),
    answersOfNotices(db, [notice.id]),
    searchParams,
  ]);
  const waiting = notice.status === "issued" || notice.status === "sent_back";
  return (
    <div className="space-y-6">
      <p>
        <Link href="/unit" className="text-brand-700 underline">
          {t("detail.backToDesk")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("number", { id: notice.id })}</h1>
      <StatusMessage>{done === "answered" ? t("done.answered") : null}</StatusMessage>
      {/* A whistle-blower report reaches its handlers without who filed it (docs/rules.md#privacy). */}
      <NoticeDetails
        notice={notice}
        cases={cases}
        answers={answers}
        calendar={calendar}
        now={new Date()}
        redactCase={(row) => row.accusedUnitId !== null}
      />
      {waiting && mayActOnNotice(actor, notice, "answer") ? (
        <CaseActionForm
          title={t("answer.title")}
          description={t("answer.description")}
          action={answerNoticeAction.bind(null, notice.id)}
          submitLabel={t("answer.submit")}
          pendingLabel={t("answer.pending")}
          fields={[
            { kind: "textarea", name: "actions", label: t("answer.actions"), rows: 5 },
            { kind: "date", name: "doneBy", label: t("answer.doneBy") },
          ]}
        />
      ) : waiting ? (
        <p className="text-slate-700">{t("answer.onlyHead")}</p>
      ) : null}
    </div>
  );
}
