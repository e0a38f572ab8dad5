import { getFormatter, getTranslations } from "next-intl/server";
import { FactList } from "@/components/fact-list";
import { getDb } from "@/db/client";
import { rectificationState } from "@/lib/domain/supervision/rectifications";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { publicRectificationsOfUnit } from "@/lib/services/supervision/public-rectifications";
import { causeOf } from "@/lib/presenters/rectification-cause";

/**
 * The unit's rectifications after a red result, personal data removed
 * (lib/services/supervision/public-rectifications.ts): what failed, the plan's deadline, the state,
 * the plan and the completion report. Nobody's name.
 */
export async function UnitRectifications({ unitId, now }: { unitId: number; now: Date }) {
  const [t, format, db] = await Promise.all([getTranslations("rectifications"), getFormatter(), getDb()]);
  const [rows, calendar] = await Promise.all([publicRectificationsOfUnit(db, unitId), loadCalendar(db)]);
  const causes = await Promise.all(rows.map((row) => causeOf(row)));
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: calendar.timeZone });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  // A due instant is the start of the next day: show the last day it covers.
  const dueDay = (date: Date) => when(new Date(date.getTime() - 1));
  return (
    <section aria-labelledby="unit-rectifications-heading" className="space-y-3">
      <h2 id="unit-rectifications-heading" className="text-xl font-semibold">
        {t("public.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("public.note")}</p>
      {rows.length === 0 ? <p>{t("public.empty")}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const state = rectificationState(row, now);
          return (
            <li key={row.id}>
              <article
                aria-labelledby={`rectification-${row.id}`}
                className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
              >
                <h3 id={`rectification-${row.id}`} className="font-semibold">
                  {causes[index]}
                </h3>
                <FactList
                  facts={[
                    [t("detail.published"), when(row.publishedAt)],
                    [t("detail.due"), dueDay(row.dueAt)],
                    [t("detail.state"), t(`state.${state}`)],
                    [
                      t("detail.planFiled"),
                      row.planFiledAt
                        ? `${when(row.planFiledAt)}${row.planLate ? ` · ${t("detail.late")}` : ""}`
                        : null,
                    ],
                    [t("detail.doneBy"), row.planDoneBy ? day(row.planDoneBy) : null],
                    [t("detail.notice"), row.noticed ? t("detail.noticed") : null],
                  ]}
                />
                {row.plan !== null ? (
                  <div className="space-y-1 border-l-4 border-slate-300 pl-3">
                    <h4 className="font-medium">{t("detail.plan")}</h4>
                    <p className="whitespace-pre-line break-words">{row.plan}</p>
                  </div>
                ) : null}
                {row.report !== null ? (
                  <div className="space-y-1 border-l-4 border-slate-300 pl-3">
                    <h4 className="font-medium">{t("detail.report")}</h4>
                    <p className="whitespace-pre-line break-words">{row.report}</p>
                  </div>
                ) : null}
                <FactList
                  facts={[
                    [t("detail.sendBackReason"), row.sendBackReason],
                    [t("detail.sendBacks"), row.sendBacks > 0 ? String(row.sendBacks) : null],
                  ]}
                />
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
