import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { caseVolumeSince } from "@/db/queries/cases";
import { listActiveUnits } from "@/db/queries/metrics";
import { DEFAULT_GRADE_BANDS } from "@/lib/domain/metrics/grading";
import { DEFAULT_WEIGHTS } from "@/lib/domain/metrics/unit-metrics";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { monthPeriod } from "@/lib/services/metrics/month-period";
import { type Scorecard, periodScorecards, rankByScore } from "@/lib/services/metrics/unit-scorecard";
import { loadSettings } from "@/lib/services/settings";
import { FigureList } from "./figure-list";
import { figureFormatters } from "./figures";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("overview.title") };
}

/** The city's figures this month and every unit's scorecard, computed from the case records. */
export default async function TransparencyPage() {
  await connection();
  const now = new Date();
  const db = await getDb();
  const [calendar, settings, unitList, locale, t, fmt] = await Promise.all([
    loadCalendar(db),
    loadSettings(db),
    listActiveUnits(db),
    getLocale(),
    getTranslations(),
    figureFormatters(),
  ]);
  const period = monthPeriod(calendar, now);
  const [volume, scorecards] = await Promise.all([caseVolumeSince(db, period.from), periodScorecards(db, period, { minimumSample: settings.minimumSample })]);
  const city = scorecards.city.metrics;
  const month = fmt.month(period);

  const volumeFigures = [
    { label: t("portal.figures.received"), value: fmt.count(volume.received) },
    { label: t("portal.figures.closed"), value: fmt.count(volume.closed) },
    { label: t("portal.figures.replied"), value: fmt.count(city.casesReplied) },
    { label: t("portal.figures.rated"), value: fmt.count(city.ratedCases) },
    { label: t("portal.figures.notRated"), value: fmt.count(city.notRated) },
    { label: t("portal.figures.medianDays"), value: fmt.workingDays(city.medianWorkingDaysToReply) },
  ];
  const rateFigures = [
    { label: t("portal.rates.response"), value: fmt.rate(city.responseRate) },
    { label: t("portal.rates.resolution"), value: fmt.rate(city.resolutionRate) },
    { label: t("portal.rates.satisfaction"), value: fmt.rate(city.satisfactionRate) },
    { label: t("portal.rates.onTimeReply"), value: fmt.rate(city.onTimeReplyRate) },
  ];

  type UnitRow = (typeof unitList)[number] & { scorecard: Scorecard };
  const rows: UnitRow[] = rankByScore(unitList.map((unit) => ({ ...unit, scorecard: scorecards.forUnit(unit.id) })));
  const columns: Column<UnitRow>[] = [
    {
      key: "unit",
      header: t("portal.columns.unit"),
      cell: (row) => (
        <Link href={`/transparency/units/${row.code}`} className="text-brand-700 underline">
          {localized(locale, row.nameZh, row.nameEn)}
        </Link>
      ),
    },
    { key: "class", header: t("portal.columns.unitClass"), cell: (row) => t(`unitClass.${row.unitClass}`) },
    { key: "replied", header: t("portal.columns.replied"), numeric: true, cell: (row) => fmt.count(row.scorecard.metrics.casesReplied) },
    { key: "rated", header: t("portal.columns.rated"), numeric: true, cell: (row) => fmt.count(row.scorecard.metrics.ratedCases) },
    { key: "satisfaction", header: t("portal.columns.satisfaction"), numeric: true, cell: (row) => <span className="whitespace-nowrap">{fmt.rate(row.scorecard.metrics.satisfactionRate)}</span> },
    { key: "score", header: t("portal.columns.score"), numeric: true, cell: (row) => <span className="whitespace-nowrap">{fmt.score(row.scorecard.metrics.compositeScore)}</span> },
    {
      key: "grade",
      header: t("portal.columns.grade"),
      cell: (row) =>
        row.scorecard.grade && row.scorecard.light ? (
          <TrafficLightBadge light={row.scorecard.light} label={t(`portal.grade.${row.scorecard.grade}`)} />
        ) : (
          <span className="text-slate-600">—</span>
        ),
    },
  ];

  const scoreNoteValues = {
    response: DEFAULT_WEIGHTS.response,
    satisfaction: DEFAULT_WEIGHTS.satisfaction,
    resolution: DEFAULT_WEIGHTS.resolution,
    satisfied: DEFAULT_GRADE_BANDS.satisfied,
    fairly: DEFAULT_GRADE_BANDS.fairlySatisfied,
    basically: DEFAULT_GRADE_BANDS.basicallySatisfied,
  };

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("portal.overview.heading")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("portal.overview.lead")}</p>
      </header>
      <section aria-labelledby="volume-heading" className="space-y-3">
        <h2 id="volume-heading" className="text-xl font-semibold">
          {t("portal.overview.volumeHeading", { month })}
        </h2>
        <FigureList figures={volumeFigures} />
      </section>
      <section aria-labelledby="rates-heading" className="space-y-3">
        <h2 id="rates-heading" className="text-xl font-semibold">
          {t("portal.overview.ratesHeading", { month })}
        </h2>
        <FigureList figures={rateFigures} />
        <p className="max-w-3xl text-sm text-slate-600">{t("portal.overview.ratesNote", { minimum: settings.minimumSample })}</p>
      </section>
      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-xl font-semibold">
          {t("portal.overview.unitsHeading", { month })}
        </h2>
        <DataTable caption={t("portal.overview.unitsCaption", { month })} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("portal.overview.unitsEmpty")} />
        <p className="max-w-3xl text-sm text-slate-600">{t("portal.overview.scoreNote", scoreNoteValues)}</p>
      </section>
    </div>
  );
}
