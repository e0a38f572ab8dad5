import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { noticeState } from "@/lib/domain/supervision/notices";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { publicNoticesOfUnit } from "@/lib/services/supervision/public-notices";
import { FactList } from "@/components/fact-list";

const YEAR_MS = 365 * 86_400_000;

/**
 * The supervision notices to the unit over the last twelve months and its answers, personal data
 * removed (lib/services/supervision/public-notices.ts): what was demanded, by when, what the unit
 * answered, whether on time, and the supervisors' decisions.
 */
export async function UnitNotices({ unitId, now }: { unitId: number; now: Date }) {
  const [t, format, db] = await Promise.all([getTranslations("notices"), getFormatter(), getDb()]);
  const [notices, calendar] = await Promise.all([
    publicNoticesOfUnit(db, unitId, new Date(now.getTime() - YEAR_MS)),
    loadCalendar(db),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: calendar.timeZone });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  // A due instant is the start of the next day: show the last day it covers.
  const dueDay = (date: Date) => when(new Date(date.getTime() - 1));
  return (
    <section aria-labelledby="unit-notices-heading" className="space-y-3">
      <h2 id="unit-notices-heading" className="text-xl font-semibold">
        {t("public.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("public.note")}</p>
      {notices.length === 0 ? <p>{t("public.empty")}</p> : null}
      <ol className="space-y-4">
        {notices.map((notice) => {
          const state = noticeState(notice, now);
          return (
            <li key={notice.id}>
              <article
                aria-labelledby={`notice-${notice.id}`}
                className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
              >
                <h3 id={`notice-${notice.id}`} className="font-semibold">
                  {t("number", { id: notice.id })}
                  {notice.topic ? ` · ${notice.topic}` : ""}
                </h3>
                <FactList
                  facts={[
                    [
                      t("columns.issued"),
                      t("public.issuedOn", { when: when(notice.issuedAt), level: t(`level.${notice.level}`) }),
                    ],
                    [t("columns.subject"), notice.caseCount ? t("subject.cases", { count: notice.caseCount }) : null],
                    [t("columns.due"), dueDay(notice.dueAt)],
                    [t("columns.state"), t(`state.${state}`)],
                    [t("columns.escalated"), notice.escalatedAt ? when(notice.escalatedAt) : null],
                  ]}
                />
                <p className="whitespace-pre-line break-words">{notice.demand}</p>
                {notice.answers.length === 0 ? <p className="text-slate-700">{t("public.noAnswer")}</p> : null}
                {notice.answers.map((answer) => (
                  <div key={answer.round} className="space-y-1 border-l-4 border-slate-300 pl-3">
                    <h4 className="font-medium">
                      {t("public.answer", { round: answer.round, when: when(answer.answeredAt) })}
                      {answer.late ? <span className="ml-2 text-red-800">· {t("detail.late")}</span> : null}
                    </h4>
                    <p className="whitespace-pre-line break-words">{answer.actions}</p>
                    <FactList
                      facts={[
                        [t("detail.doneBy"), day(answer.doneBy)],
                        [t("detail.decision"), answer.decision ? t(`detail.decided.${answer.decision}`) : null],
                        [t("detail.reason"), answer.reason],
                      ]}
                    />
                  </div>
                ))}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
