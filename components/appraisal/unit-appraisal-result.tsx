import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitAppraisalResult as Result } from "@/lib/domain/appraisal/tally";
import { AppraisalResultFigures } from "./result-figures";

export interface PublishedAppraisal {
  campaignId: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  result: Result;
  rank: { rank: number; of: number } | null;
  bottom: boolean;
}

function localDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The public unit page's appraisal section: the latest closed campaign's totals, never any single vote or comment. */
export async function UnitAppraisalResult({ appraisal }: { appraisal: PublishedAppraisal | null }) {
  const t = await getTranslations("appraisal");
  const format = await getFormatter();
  return (
    <section aria-labelledby="appraisal-heading" className="space-y-3">
      <h2 id="appraisal-heading" className="text-xl font-semibold">
        {t("unit.heading")}
      </h2>
      {appraisal ? (
        <>
          <p className="text-slate-700">
            {t.rich("unit.campaign", {
              title: appraisal.title,
              from: format.dateTime(localDay(appraisal.periodFrom), { dateStyle: "medium", timeZone: "UTC" }),
              to: format.dateTime(localDay(appraisal.periodTo), { dateStyle: "medium", timeZone: "UTC" }),
              link: (chunks) => (
                <Link href={`/appraisals/results/${appraisal.campaignId}`} className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <AppraisalResultFigures result={appraisal.result} rank={appraisal.rank} bottom={appraisal.bottom} />
        </>
      ) : (
        <p className="text-slate-700">{t("unit.none")}</p>
      )}
    </section>
  );
}
