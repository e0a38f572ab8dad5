import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { listOverdueForUnit } from "@/lib/services/knowledge/knowledge-base";

/** The unit's knowledge entries past their review date, for the unit desk. */
export async function OverdueKnowledge({ unitId }: { unitId: number }) {
  const t = await getTranslations("adminPeople.overdue");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const entries = await listOverdueForUnit(db, unitId, (await loadCalendar(db)).localDate(new Date()));
  return (
    <section
      aria-labelledby="overdue-knowledge-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="overdue-knowledge-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("lead")}</p>
          <ul className="space-y-2">
            {entries.map((entry) => (
              <li key={entry.id}>
                <span className="font-medium">{localized(locale, entry.questionZh, entry.questionEn)}</span>{" "}
                <span className="text-sm text-amber-900">{t("reviewBy", { date: entry.reviewBy })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
