import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { PublicMeasure } from "@/lib/services/supervision/public-ledger";

/** Published measures as a list of articles: kind, unit, date, reason, follow-up and causes. */
export async function MeasureList({ measures, showUnit }: { measures: PublicMeasure[]; showUnit: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("accountability.public"), getLocale()]);
  const tk = await getTranslations("accountability.kind");
  if (measures.length === 0)
    return <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-4">
      {measures.map((m) => (
        <li key={m.id} id={`measure-${m.id}`}>
          <article
            aria-labelledby={`measure-${m.id}-title`}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id={`measure-${m.id}-title`} className="text-lg font-semibold break-words">
              {tk(m.kind)}
              {showUnit ? (
                <>
                  {" · "}
                  <Link href={`/transparency/units/${m.unitCode}`} className="text-brand-700 underline">
                    {localized(locale, m.unitZh, m.unitEn)}
                  </Link>
                </>
              ) : null}
            </h3>
            <p className="text-sm text-slate-600">
              <time dateTime={m.takenOn}>{m.takenOn}</time>
            </p>
            <dl className="space-y-1 text-sm">
              <div>
                <dt className="font-medium text-slate-700">{t("reason")}</dt>
                <dd className="whitespace-pre-line break-words">{m.reason}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">{t("followUp")}</dt>
                <dd className="whitespace-pre-line break-words">{m.followUp ?? t("noFollowUp")}</dd>
              </div>
              {m.officialName ? (
                <div>
                  <dt className="font-medium text-slate-700">{t("official")}</dt>
                  <dd className="break-words">{m.officialName}</dd>
                </div>
              ) : null}
              {m.publicCases.length || m.otherCases ? (
                <div>
                  <dt className="font-medium text-slate-700">{t("cases")}</dt>
                  <dd className="flex flex-wrap gap-x-3">
                    {m.publicCases.map((reference) => (
                      <Link
                        key={reference}
                        href={`/transparency/cases/${reference}`}
                        className="text-brand-700 underline"
                      >
                        {reference}
                      </Link>
                    ))}
                    {m.otherCases ? <span>{t("otherCases", { count: m.otherCases })}</span> : null}
                  </dd>
                </div>
              ) : null}
              {m.campaignId !== null ? (
                <div>
                  <dt className="font-medium text-slate-700">{t("campaign")}</dt>
                  <dd>
                    <Link href={`/appraisals/results/${m.campaignId}`} className="text-brand-700 underline">
                      {m.campaignTitle}
                    </Link>
                  </dd>
                </div>
              ) : null}
            </dl>
          </article>
        </li>
      ))}
    </ol>
  );
}
