import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { isOverdue, searchKnowledge } from "@/lib/services/knowledge/knowledge-base";

/** Knowledge entries matching the inquiry, beside the "Answer directly" form. Read-only. */
export async function KnowledgeSuggestions({ query }: { query: string }) {
  const t = await getTranslations("adminPeople.suggestions");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const entries = await searchKnowledge(db, query, 5);
  const today = (await loadCalendar(db)).localDate(new Date());
  return (
    <section
      aria-labelledby="knowledge-suggestions-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="knowledge-suggestions-heading" className="text-lg font-semibold">
        {t("title")}
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="space-y-1 border-b border-slate-200 pb-3 last:border-b-0 last:pb-0">
              <p className="font-medium">{localized(locale, entry.questionZh, entry.questionEn)}</p>
              <p className="whitespace-pre-line text-sm text-slate-800">
                {localized(locale, entry.answerZh, entry.answerEn)}
              </p>
              {entry.legalBasis ? (
                <p className="text-sm text-slate-600">{t("legalBasis", { basis: entry.legalBasis })}</p>
              ) : null}
              {isOverdue(entry, today) ? <p className="text-sm font-semibold text-amber-900">{t("overdue")}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
