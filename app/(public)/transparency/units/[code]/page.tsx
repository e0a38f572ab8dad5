import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { TrafficLightBadge } from "@/components/traffic-light";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { findUnitByCode, unitOpenCaseCounts } from "@/db/queries/metrics";
import { type RecentPublicCase, listRecentPublicCases } from "@/db/queries/public-cases";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { listOverdueForUnit } from "@/lib/services/knowledge/knowledge-base";
import { type MonthPeriod, recentMonths } from "@/lib/services/metrics/month-period";
import { type Scorecard, unitMonthlyScorecards } from "@/lib/services/metrics/unit-scorecard";
import { loadSettings } from "@/lib/services/settings";
import { FigureList } from "../../figure-list";
import { contentLanguage } from "../../content-language";
import { figureFormatters } from "../../figures";
import { decodeSegment } from "../../route-params";

const MONTHS_SHOWN = 4;

// Metadata and page read the same unit once per request.
const unitByCode = cache(async (segment: string) => {
  const code = decodeSegment(segment);
  return code ? findUnitByCode(await getDb(), code.toLowerCase()) : null;
});

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const unit = await unitByCode((await params).code);
  return unit ? { title: localized(await getLocale(), unit.nameZh, unit.nameEn) } : {};
}

/** One unit's public scorecard: this month, the trend, its workload and recent public cases. */
export default async function UnitTransparencyPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const unit = await unitByCode((await params).code);
  if (!unit) notFound();

  const now = new Date();
  const db = await getDb();
  const [calendar, settings, locale, t, fmt] = await Promise.all([loadCalendar(db), loadSettings(db), getLocale(), getTranslations(), figureFormatters()]);
  const months = recentMonths(calendar, now, MONTHS_SHOWN);
  const [monthly, workload, recent] = await Promise.all([
    unitMonthlyScorecards(db, unit.id, months, { minimumSample: settings.minimumSample }),
    unitOpenCaseCounts(db, unit.id, now),
    listRecentPublicCases(db, unit.id, 10),
  ]);
  const current = monthly[0];
  if (!current) notFound();
  const name = localized(locale, unit.nameZh, unit.nameEn);
  const { metrics, grade, light } = current.scorecard;

  const scorecardFigures = [
    { label: t("portal.figures.compositeScore"), value: fmt.score(metrics.compositeScore) },
    {
      label: t("portal.figures.grade"),
      value: grade && light ? <TrafficLightBadge light={light} label={t(`portal.grade.${grade}`)} /> : <span className="text-base font-normal">{t("portal.figures.noGrade")}</span>,
    },
    { label: t("portal.rates.response"), value: fmt.rate(metrics.responseRate) },
    { label: t("portal.rates.resolution"), value: fmt.rate(metrics.resolutionRate) },
    { label: t("portal.rates.satisfaction"), value: fmt.rate(metrics.satisfactionRate) },
    { label: t("portal.rates.onTimeReply"), value: fmt.rate(metrics.onTimeReplyRate) },
    { label: t("portal.figures.medianDays"), value: fmt.workingDays(metrics.medianWorkingDaysToReply) },
  ];
  const knowledgeOverdue = await listOverdueForUnit(db, unit.id, calendar.localDate(now));
  const workloadFigures = [
    { label: t("portal.figures.openCases"), value: fmt.count(workload.open) },
    { label: t("portal.figures.overdueOpenCases"), value: fmt.count(workload.overdue) },
    { label: t("portal.figures.knowledgeOverdue"), value: fmt.count(knowledgeOverdue.length) },
  ];

  type MonthRow = { period: MonthPeriod; scorecard: Scorecard };
  const trendColumns: Column<MonthRow>[] = [
    { key: "month", header: t("portal.columns.month"), cell: (row) => fmt.month(row.period) },
    { key: "replied", header: t("portal.columns.replied"), numeric: true, cell: (row) => fmt.count(row.scorecard.metrics.casesReplied) },
    { key: "rated", header: t("portal.columns.rated"), numeric: true, cell: (row) => fmt.count(row.scorecard.metrics.ratedCases) },
    { key: "response", header: t("portal.columns.response"), numeric: true, cell: (row) => fmt.rate(row.scorecard.metrics.responseRate) },
    { key: "resolution", header: t("portal.columns.resolution"), numeric: true, cell: (row) => fmt.rate(row.scorecard.metrics.resolutionRate) },
    { key: "satisfaction", header: t("portal.columns.satisfaction"), numeric: true, cell: (row) => fmt.rate(row.scorecard.metrics.satisfactionRate) },
    { key: "onTime", header: t("portal.columns.onTimeReply"), numeric: true, cell: (row) => fmt.rate(row.scorecard.metrics.onTimeReplyRate) },
    { key: "median", header: t("portal.columns.medianDays"), numeric: true, cell: (row) => (row.scorecard.metrics.medianWorkingDaysToReply === null ? "—" : fmt.count(row.scorecard.metrics.medianWorkingDaysToReply)) },
    { key: "score", header: t("portal.columns.score"), numeric: true, cell: (row) => fmt.score(row.scorecard.metrics.compositeScore) },
  ];
  const caseColumns: Column<RecentPublicCase>[] = [
    {
      key: "reference",
      header: t("caseTable.reference"),
      cell: (row) => (
        <Link href={`/transparency/cases/${row.reference}`} className="font-mono text-brand-700 underline">
          {row.reference}
        </Link>
      ),
    },
    { key: "title", header: t("caseTable.title"), cell: (row) => <span lang={contentLanguage(row.title)}>{row.title}</span> },
    { key: "category", header: t("caseTable.category"), cell: (row) => localized(locale, row.categoryZh, row.categoryEn) },
    { key: "status", header: t("caseTable.status"), cell: (row) => t(`status.${row.status}`) },
    { key: "created", header: t("caseTable.created"), cell: (row) => fmt.date(row.createdAt) },
  ];

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p>
          <Link href="/transparency" className="text-sm text-brand-700 underline">
            {t("portal.unit.backToOverview")}
          </Link>
        </p>
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
      </header>
      <section aria-labelledby="scorecard-heading" className="space-y-3">
        <h2 id="scorecard-heading" className="text-xl font-semibold">
          {t("portal.unit.scorecardHeading", { month: fmt.month(current.period) })}
        </h2>
        <FigureList figures={scorecardFigures} />
      </section>
      <section aria-labelledby="workload-heading" className="space-y-3">
        <h2 id="workload-heading" className="text-xl font-semibold">
          {t("portal.unit.workloadHeading")}
        </h2>
        <FigureList figures={workloadFigures} />
      </section>
      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-xl font-semibold">
          {t("portal.unit.trendHeading")}
        </h2>
        <DataTable caption={t("portal.unit.trendCaption", { unit: name })} columns={trendColumns} rows={monthly} rowKey={(row) => row.period.month} empty={t("portal.noReplies")} />
      </section>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-semibold">
          {t("portal.unit.recentHeading")}
        </h2>
        <DataTable caption={t("portal.unit.recentCaption", { unit: name })} columns={caseColumns} rows={recent} rowKey={(row) => row.reference} empty={t("portal.unit.recentEmpty")} />
      </section>
    </div>
  );
}
