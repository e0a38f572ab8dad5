import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { type PortalPeriod, isPortalPeriod } from "@/lib/services/portal/periods";
import { type PortalRankings, portalRankings } from "@/lib/services/portal/rankings";
import { figureFormatters } from "../figures";
import { periodName } from "../period-scorecard-table";
import { ScoreNote } from "../score-note";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("rankings.title") };
}

const CHOICES: PortalPeriod[] = ["lastMonth", "month", "quarter", "lastQuarter", "year"];
type Ranked = PortalRankings["classes"][number]["top"][number];

/** Top and bottom five units of each class for a period chosen by link (works without JavaScript). */
export default async function RankingsPage({
  searchParams,
}: {
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  await connection();
  const requested = (await searchParams).period;
  const choice: PortalPeriod = isPortalPeriod(requested) ? requested : "lastMonth";
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const [rankings, t, locale, fmt] = await Promise.all([
    portalRankings(db, calendar, new Date(), choice),
    getTranslations(),
    getLocale(),
    figureFormatters(),
  ]);
  const name = await periodName(rankings.resolved.period);

  const columns = (offset: (index: number) => number): Column<Ranked & { index: number }>[] => [
    { key: "rank", header: t("portal.columns.rank"), numeric: true, cell: (row) => fmt.count(offset(row.index)) },
    {
      key: "unit",
      header: t("portal.columns.unit"),
      cell: (row) => (
        <Link href={`/transparency/units/${row.code}`} className="text-brand-700 underline">
          {localized(locale, row.nameZh, row.nameEn)}
        </Link>
      ),
    },
    {
      key: "score",
      header: t("portal.columns.score"),
      numeric: true,
      cell: (row) => fmt.score(row.scorecard.metrics.compositeScore),
    },
    { key: "rated", header: t("portal.columns.rated"), numeric: true, cell: (row) => fmt.count(row.ratedCases) },
    {
      key: "grade",
      header: t("portal.columns.grade"),
      cell: (row) =>
        row.scorecard.grade && row.scorecard.light ? (
          <TrafficLightBadge light={row.scorecard.light} label={t(`portal.grade.${row.scorecard.grade}`)} />
        ) : (
          "—"
        ),
    },
  ];

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("portal.rankings.heading")}</h1>
        <p className="max-w-3xl text-slate-700">
          {t("portal.rankings.lead", { minimum: rankings.options.minimumSample })}
        </p>
        <nav aria-label={t("portal.rankings.periodLabel")}>
          <ul className="flex flex-wrap gap-2 text-sm">
            {CHOICES.map((item) => (
              <li key={item}>
                <Link
                  href={`/transparency/rankings?period=${item}`}
                  aria-current={item === choice ? "page" : undefined}
                  className={`inline-block rounded border px-3 py-1 ${item === choice ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-brand-700 underline"}`}
                >
                  {t(`portal.periods.${item}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="font-medium">
          {t("portal.rankings.showing", { period: name })}{" "}
          {rankings.frozen ? t("portal.rankings.frozen") : t("portal.rankings.live")}
        </p>
      </header>
      {rankings.classes.length === 0 ? <p className="text-slate-600">{t("portal.overview.unitsEmpty")}</p> : null}
      {rankings.classes.map((ranking) => {
        const className = t(`unitClass.${ranking.unitClass}`);
        const id = `class-${ranking.unitClass}`;
        return (
          <section key={ranking.unitClass} aria-labelledby={id} className="space-y-3">
            <h2 id={id} className="text-xl font-semibold">
              {className}
            </h2>
            {ranking.ranked === 0 ? (
              <p className="text-slate-600">{t("portal.rankings.noneRanked")}</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-2">
                <DataTable
                  caption={t("portal.rankings.topCaption", { unitClass: className, period: name })}
                  columns={columns((index) => index + 1)}
                  rows={ranking.top.map((row, index) => ({ ...row, index }))}
                  rowKey={(row) => row.id}
                  empty={t("portal.rankings.noneRanked")}
                />
                {ranking.bottom.length > 0 ? (
                  <DataTable
                    caption={t("portal.rankings.bottomCaption", { unitClass: className, period: name })}
                    columns={columns((index) => ranking.ranked - index)}
                    rows={ranking.bottom.map((row, index) => ({ ...row, index }))}
                    rowKey={(row) => row.id}
                    empty={t("portal.rankings.noneRanked")}
                  />
                ) : null}
              </div>
            )}
            {ranking.unranked.length > 0 ? (
              <p className="text-sm text-slate-600">
                {t("portal.rankings.unranked", {
                  count: ranking.unranked.length,
                  minimum: rankings.options.minimumSample,
                })}{" "}
                {ranking.unranked.map((row, index) => (
                  <span key={row.id}>
                    {index > 0 ? t("portal.rankings.separator") : null}
                    <Link href={`/transparency/units/${row.code}`} className="text-brand-700 underline">
                      {localized(locale, row.nameZh, row.nameEn)}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </section>
        );
      })}
      <ScoreNote options={rankings.options} />
    </div>
  );
}
