import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findUnitByCode } from "@/db/queries/metrics";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { listOverdueForUnit } from "@/lib/services/knowledge/knowledge-base";
import { unitPortal } from "@/lib/services/portal/unit-portal";
import { RatesChart, VolumeChart } from "../../chart-tables";
import { FigureList } from "../../figure-list";
import { figureFormatters } from "../../figures";
import { FreshnessNote } from "../../freshness-note";
import { rollupsRefreshedAt } from "@/lib/services/portal/refresh-rollups";
import { decodeSegment } from "../../route-params";
import { PeriodScorecardTable } from "../../period-scorecard-table";
import { RecentCases } from "./recent-cases";
import { UnitCardCounts } from "./unit-card-counts";
import { UnitNotices } from "./unit-notices";
import { UnitRectifications } from "./unit-rectifications";
import { UnitAccountability } from "./unit-accountability";
import { UnitAppraisalSection } from "../../../appraisals/unit-appraisal-section";

// Metadata and page read the same unit once per request.
const unitByCode = cache(async (segment: string) => {
  const code = decodeSegment(segment);
  return code ? findUnitByCode(await getDb(), code.toLowerCase()) : null;
});

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const unit = await unitByCode((await params).code);
  return unit ? { title: localized(await getLocale(), unit.nameZh, unit.nameEn) } : {};
}

/**
 * One unit's public page, in sections: scorecard by period, workload, twelve-month trend and
 * recent public cases. Further sections (e.g. the appraisal result) go at the end of <main>.
 */
export default async function UnitTransparencyPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const unit = await unitByCode((await params).code);
  if (!unit) notFound();

  const now = new Date();
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const [portal, knowledgeOverdue, refreshedAt, locale, t, fmt] = await Promise.all([
    unitPortal(db, calendar, now, unit.id),
    listOverdueForUnit(db, unit.id, calendar.localDate(now)),
    rollupsRefreshedAt(db),
    getLocale(),
    getTranslations(),
    figureFormatters(),
  ]);
  const name = localized(locale, unit.nameZh, unit.nameEn);
  const workloadFigures = [
    { label: t("portal.figures.openCases"), value: fmt.count(portal.workload.open) },
    { label: t("portal.figures.overdueOpenCases"), value: fmt.count(portal.workload.overdue) },
    { label: t("portal.figures.knowledgeOverdue"), value: fmt.count(knowledgeOverdue.length) },
  ];
  const first = portal.trend[0];
  const last = portal.trend[portal.trend.length - 1];
  const span = { from: first ? fmt.localMonth(first.period) : "", to: last ? fmt.localMonth(last.period) : "" };

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <p className="text-slate-700">
          {t(`unitClass.${unit.unitClass}`)}
          {unit.parentCode ? (
            <>
              {" · "}
              {t.rich("portal.unit.parent", {
                name: localized(locale, unit.parentZh, unit.parentEn),
                link: (chunks) => (
                  <Link href={`/transparency/units/${unit.parentCode}`} className="text-brand-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </>
          ) : null}
        </p>
        <FreshnessNote refreshedAt={refreshedAt} />
      </header>
      <section aria-labelledby="scorecard-heading" className="space-y-3">
        <h2 id="scorecard-heading" className="text-xl font-semibold">
          {t("portal.unit.scorecardsHeading")}
        </h2>
        <PeriodScorecardTable caption={t("portal.unit.scorecardsCaption", { unit: name })} periods={portal.periods} />
      </section>
      <section aria-labelledby="workload-heading" className="space-y-3">
        <h2 id="workload-heading" className="text-xl font-semibold">
          {t("portal.unit.workloadHeading")}
        </h2>
        <FigureList figures={workloadFigures} />
      </section>
      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-xl font-semibold">
          {t("portal.overview.trendsHeading", span)}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <RatesChart
            id="unit-rates"
            caption={t("portal.unit.ratesCaption", { unit: name })}
            trend={portal.trend}
            fmt={fmt}
          />
          <VolumeChart
            id="unit-replied"
            caption={t("portal.unit.repliedCaption", { unit: name })}
            trend={portal.trend.map((row) => ({
              ...row,
              received: row.scorecard.metrics.casesReplied,
              closed: row.scorecard.metrics.overdueCount,
            }))}
            fmt={fmt}
            replies
          />
        </div>
      </section>
      <RecentCases name={name} cases={portal.recent} />
      <UnitCardCounts unitId={unit.id} now={now} />
      <UnitNotices unitId={unit.id} now={now} />
      <UnitAppraisalSection unitId={unit.id} />
      <UnitRectifications unitId={unit.id} now={now} />
      <UnitAccountability unitId={unit.id} />
    </div>
  );
}
