import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { MEASURE_KINDS } from "@/lib/domain/supervision/accountability";
import { ledgerCountsOfUnit, publicLedger } from "@/lib/services/supervision/public-ledger";
import { loadSettings } from "@/lib/services/settings";
import { FigureList } from "../../figure-list";
import { figureFormatters } from "../../figures";
import { MeasureList } from "../../accountability/measure-list";

const LATEST = 10;

/** The unit's accountability measures: counts by kind (all years) and the latest ones. */
export async function UnitAccountability({ unitId }: { unitId: number }) {
  const db = await getDb();
  const [t, fmt, settings, counts] = await Promise.all([
    getTranslations("accountability"),
    figureFormatters(),
    loadSettings(db),
    ledgerCountsOfUnit(db, unitId),
  ]);
  const latest = await publicLedger(db, settings, { unitId, limit: LATEST });
  return (
    <section aria-labelledby="unit-accountability-heading" className="space-y-3">
      <h2 id="unit-accountability-heading" className="text-xl font-semibold">
        {t("public.unitHeading")}
      </h2>
      <p className="text-sm text-slate-700">{t("public.unitNote")}</p>
      <FigureList
        figures={MEASURE_KINDS.map((kind) => ({ label: t(`kind.${kind}`), value: fmt.count(counts[kind]) }))}
      />
      {latest.length ? (
        <>
          <h3 className="text-lg font-semibold">{t("public.unitLatest")}</h3>
          <MeasureList measures={latest} showUnit={false} />
        </>
      ) : null}
      <p>
        <Link href="/transparency/accountability" className="text-brand-700 underline">
          {t("public.unitAll")}
        </Link>
      </p>
    </section>
  );
}
