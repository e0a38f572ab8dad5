import { getFormatter, getTranslations } from "next-intl/server";
import { FactList } from "@/components/fact-list";
import type { RectificationListRow } from "@/db/queries/rectifications";
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { planFiledLate, rectificationState } from "@/lib/domain/supervision/rectifications";
import { caseDateFormatters } from "@/lib/presenters/due-date";
import { causeOf } from "@/lib/presenters/rectification-cause";

/** One rectification for staff: what failed, the deadline, the plan, the completion report. */
export async function RectificationDetails({
  row,
  calendar,
  now,
}: {
  row: RectificationListRow;
  calendar: WorkingCalendar;
  now: Date;
}) {
  const [t, format, dates, cause] = await Promise.all([
    getTranslations("rectifications"),
    getFormatter(),
    caseDateFormatters(calendar),
    causeOf(row),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const state = rectificationState(row, now);
  return (
    <div className="space-y-4">
      <p className="text-lg">{cause}</p>
      <FactList
        facts={[
          [t("detail.published"), dates.when(row.publishedAt)],
          [t("detail.due"), dates.due(row.dueAt)],
          [t("detail.state"), t(`state.${state}`)],
          [t("detail.sendBacks"), row.sendBacks > 0 ? String(row.sendBacks) : null],
          [t("detail.notice"), row.overdueNoticeId !== null ? t("detail.noticed") : null],
        ]}
      />
      <section aria-labelledby="plan-heading" className="space-y-2">
        <h2 id="plan-heading" className="text-lg font-semibold">
          {t("detail.plan")}
        </h2>
        {row.plan === null ? (
          <p className="text-slate-700">{t("detail.noPlan")}</p>
        ) : (
          <>
            <p className="whitespace-pre-line break-words">{row.plan}</p>
            <FactList
              facts={[
                [t("detail.doneBy"), row.planDoneBy ? day(row.planDoneBy) : null],
                [
                  t("detail.planFiled"),
                  row.planFiledAt
                    ? `${dates.when(row.planFiledAt)}${planFiledLate(row.planFiledAt, row.dueAt) ? ` · ${t("detail.late")}` : ""}`
                    : null,
                ],
                [t("detail.sendBackReason"), row.sendBackReason],
              ]}
            />
          </>
        )}
      </section>
      {row.report !== null ? (
        <section aria-labelledby="report-heading" className="space-y-2">
          <h2 id="report-heading" className="text-lg font-semibold">
            {t("detail.report")}
          </h2>
          <p className="whitespace-pre-line break-words">{row.report}</p>
          <FactList facts={[[t("detail.reported"), dates.when(row.reportedAt)]]} />
        </section>
      ) : null}
    </div>
  );
}
