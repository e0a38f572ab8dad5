import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { answersOfNotices, casesOfNotices, findNotice } from "@/db/queries/supervision-notices";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { DEFAULT_NOTICE_WORKING_DAYS } from "@/lib/domain/supervision/notices";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { idSchema } from "@/lib/validation/common";
import { decideAnswerAction } from "../actions";
import { NoticeDetails } from "../notice-details";

const DONE = ["issued", "decided"] as const;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  return { title: (await getTranslations("notices"))("number", { id: id.success ? id.data : 0 }) };
}

/** One notice for the supervisors: what it demands, the answers, and the decision on the latest. */
export default async function SupervisionNoticePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("supervision.view");
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const notice = await findNotice(db, parsed.data);
  if (!notice) notFound();
  const [t, calendar, cases, answers, { done }] = await Promise.all([
    getTranslations("notices"),
    loadCalendar(db),
    casesOfNotices(db, [notice.id]),
    answersOfNotices(db, [notice.id]),
    searchParams,
  ]);
  const doneKey = DONE.find((d) => d === done);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/supervision/notices" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("number", { id: notice.id })}</h1>
      <StatusMessage>{doneKey ? t(`done.${doneKey}`) : null}</StatusMessage>
      {/* Supervisors read the cases with personal data removed, as on their board. */}
      <NoticeDetails
        notice={notice}
        cases={cases}
        answers={answers}
        calendar={calendar}
        now={new Date()}
        redactCase={() => true}
      />
      {notice.status === "answered" && can(actor.role, "supervision.act") ? (
        <CaseActionForm
          title={t("decide.title")}
          action={decideAnswerAction.bind(null, notice.id)}
          submitLabel={t("decide.submit")}
          pendingLabel={t("decide.pending")}
          initialValues={{ workingDays: String(DEFAULT_NOTICE_WORKING_DAYS) }}
          fields={[
            {
              kind: "radios",
              name: "decision",
              label: t("decide.decision"),
              options: [
                { value: "accepted", label: t("decide.accept") },
                { value: "sent_back", label: t("decide.sendBack") },
              ],
            },
            { kind: "textarea", name: "reason", label: t("decide.reason"), rows: 3 },
            { kind: "number", name: "workingDays", label: t("decide.workingDays"), min: 1, max: 30 },
          ]}
        />
      ) : null}
    </div>
  );
}
