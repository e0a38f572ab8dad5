import { getTranslations } from "next-intl/server";
import { DEFAULT_GRADE_BANDS } from "@/lib/domain/metrics/grading";
import { DEFAULT_WEIGHTS } from "@/lib/domain/metrics/unit-metrics";
import type { ScorecardOptions } from "@/lib/services/metrics/unit-scorecard";

/** The composite score's formula and bands, with the weights in force for the period shown. */
export async function ScoreNote({ options }: { options: ScorecardOptions }) {
  const t = await getTranslations("portal");
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const bands = options.bands ?? DEFAULT_GRADE_BANDS;
  return (
    <p className="max-w-3xl text-sm text-slate-600">
      {t("overview.scoreNote", {
        response: weights.response,
        satisfaction: weights.satisfaction,
        resolution: weights.resolution,
        satisfied: bands.satisfied,
        fairly: bands.fairlySatisfied,
        basically: bands.basicallySatisfied,
      })}
    </p>
  );
}
