import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FactList } from "@/components/fact-list";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { NoticeAnswerRow, NoticeCaseRow, NoticeDetailRow } from "@/db/queries/supervision-notices";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { answeredLate, noticeState } from "@/lib/domain/supervision/notices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseDateFormatters } from "@/lib/presenters/due-date";

/**
 * A notice as staff read it (the supervisors' page and the unit's): its facts, its cases (titles
 * redacted where the reader may not see the citizen), and its answers with the decisions.
 */
export async function NoticeDetails({
  notice,
  cases,
  answers,
  calendar,
  now,
  redactCase,
}: {
  notice: NoticeDetailRow;
  cases: NoticeCaseRow[];
  answers: NoticeAnswerRow[];
  calendar: WorkingCalendar;
  now: Date;
  redactCase: (row: NoticeCaseRow) => boolean;
}) {
  const t = await getTranslations("notices");
  const tCases = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const dates = await caseDateFormatters(calendar);
  const state = noticeState(notice, now);
  const caseColumns: Column<NoticeCaseRow>[] = [
    {
      key: "case",
      header: tCases("cards.columns.case"),
      cell: (row) => (
        <Link href={`/cases/${row.reference}`} className="font-mono text-brand-700 underline">
          {row.reference}
        </Link>
      ),
    },
    {
      key: "title",
      header: tCases("cards.columns.title"),
      cell: (row) => (redactCase(row) ? redactorFor(row.contact)(row.title) : row.title),
    },
    { key: "status", header: tCases("caseTable.status"), cell: (row) => tCases(`status.${row.status}`) },
  ];
  return (
    <div className="space-y-6">
      <FactList
        facts={[
          [t("detail.unit"), localized(locale, notice.unitZh, notice.unitEn)],
          [t("detail.level"), t(`level.${notice.level}`)],
          [t("detail.topic"), notice.topic],
          [t("detail.issued"), dates.when(notice.issuedAt)],
          [t("detail.workingDays"), notice.responseWorkingDays],
          [t("detail.due"), dates.due(notice.dueAt)],
          [
            t("detail.state"),
            <span key="state" className={state === "overdue" ? "text-red-800" : ""}>
              {t(`state.${state}`)}
            </span>,
          ],
        ]}
      />
      {notice.escalatedAt ? (
        <p className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("detail.escalated", { when: dates.when(notice.escalatedAt) ?? "" })}
        </p>
      ) : null}
      <section aria-labelledby="notice-demand" className="space-y-2">
        <h2 id="notice-demand" className="text-xl font-semibold">
          {t("detail.demand")}
        </h2>
        <p className="whitespace-pre-line break-words">{notice.demand}</p>
      </section>
      {cases.length ? (
        <section aria-labelledby="notice-cases" className="space-y-2">
          <h2 id="notice-cases" className="text-xl font-semibold">
            {t("detail.cases")}
          </h2>
          <DataTable
            caption={t("detail.casesCaption")}
            columns={caseColumns}
            rows={cases}
            rowKey={(row) => row.reference}
            empty=""
          />
        </section>
      ) : null}
      <section aria-labelledby="notice-answers" className="space-y-3">
        <h2 id="notice-answers" className="text-xl font-semibold">
          {t("detail.answers")}
        </h2>
        {answers.length === 0 ? <p className="text-slate-700">{t("detail.noAnswers")}</p> : null}
        <ol className="space-y-3">
          {answers.map((answer) => (
            <li key={answer.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                {t("detail.round", { round: answer.round })}
                {answeredLate(answer.answeredAt, answer.dueAt) ? (
                  <span className="ml-2 text-red-800">· {t("detail.late")}</span>
                ) : null}
              </h3>
              <p className="whitespace-pre-line break-words">{answer.actions}</p>
              <FactList
                facts={[
                  [
                    t("detail.doneBy"),
                    format.dateTime(new Date(`${answer.doneBy}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
                  ],
                  [t("detail.answeredAt"), dates.when(answer.answeredAt)],
                  [t("detail.decision"), answer.decision ? t(`detail.decided.${answer.decision}`) : null],
                  [t("detail.reason"), answer.reason],
                ]}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
