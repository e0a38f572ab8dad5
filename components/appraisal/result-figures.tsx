import { getFormatter, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import type { UnitAppraisalResult } from "@/lib/domain/appraisal/tally";
import { APPRAISAL_LIGHTS } from "@/lib/domain/appraisal/vocabulary";

/** One unit's published appraisal: the share of each light, the scores, the grade and the rank. */
export async function AppraisalResultFigures({
  result,
  rank,
  bottom,
}: {
  result: UnitAppraisalResult;
  rank: { rank: number; of: number } | null;
  bottom: boolean;
}) {
  const t = await getTranslations("appraisal");
  const format = await getFormatter();
  if (result.kind === "too_few") {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
        {t("result.tooFew", { ratings: result.ratings, minimum: result.minimum })}
      </p>
    );
  }
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const score = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const figures = [
    ...APPRAISAL_LIGHTS.map((light) => ({
      key: light,
      label: t(`lights.${light}`),
      value: percent(result.shares[light]),
      note: t("result.count", { count: result.counts[light] }),
    })),
    {
      key: "appraisal",
      label: t("result.appraisalScore"),
      value: score(result.appraisalScore),
      note: t("result.ratings", { count: result.ratings }),
    },
    {
      key: "scorecard",
      label: t("result.scorecardScore"),
      value: result.scorecardScore === null ? t("result.noScorecard") : score(result.scorecardScore),
      note: null,
    },
    {
      key: "combined",
      label: t("result.combinedScore"),
      value: score(result.combinedScore),
      note: result.scorecardScore === null ? t("result.appraisalOnly") : null,
    },
  ];
  return (
    <div className="space-y-3">
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {figures.map((figure) => (
          <div key={figure.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{figure.label}</dt>
            <dd className="text-2xl font-bold tabular-nums text-brand-900">{figure.value}</dd>
            {figure.note ? <dd className="text-sm text-slate-600">{figure.note}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap items-center gap-2 text-slate-800">
        <TrafficLightBadge light={result.light} label={t(`grade.${result.grade}`)} />
        <span>
          {result.passes ? t("result.passes") : <strong className="text-red-800">{t("result.doesNotPass")}</strong>}
        </span>
        {rank ? <span>{t("result.rank", { rank: rank.rank, of: rank.of })}</span> : null}
        {bottom ? <strong className="text-amber-900">{t("result.bottom")}</strong> : null}
      </p>
    </div>
  );
}
