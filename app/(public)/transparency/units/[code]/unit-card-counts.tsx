import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { cardCountsOfUnit } from "@/db/queries/supervision";
import { FigureList } from "../../figure-list";
import { figureFormatters } from "../../figures";

const YEAR_MS = 365 * 86_400_000;

/** How many yellow and red cards the unit was issued over the last twelve months (counts only). */
export async function UnitCardCounts({ unitId, now }: { unitId: number; now: Date }) {
  const [t, fmt] = await Promise.all([getTranslations("cards"), figureFormatters()]);
  const counts = await cardCountsOfUnit(await getDb(), unitId, new Date(now.getTime() - YEAR_MS));
  return (
    <section aria-labelledby="unit-cards-heading" className="space-y-3">
      <h2 id="unit-cards-heading" className="text-xl font-semibold">
        {t("public.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("public.note")}</p>
      <FigureList
        figures={[
          { label: t("public.yellow"), value: fmt.count(counts.yellow) },
          { label: t("public.red"), value: fmt.count(counts.red) },
        ]}
      />
    </section>
  );
}
