import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { categoryPortal, findPublicCategory } from "@/lib/services/portal/category-portal";
import { rollupsRefreshedAt } from "@/lib/services/portal/refresh-rollups";
import { RatesChart, VolumeChart } from "../../chart-tables";
import { FigureList } from "../../figure-list";
import { figureFormatters } from "../../figures";
import { FreshnessNote } from "../../freshness-note";
import { decodeSegment } from "../../route-params";

const categoryByCode = cache(async (segment: string) => {
  const code = decodeSegment(segment);
  return code ? findPublicCategory(await getDb(), code) : null;
});

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const category = await categoryByCode((await params).code);
  return category ? { title: localized(await getLocale(), category.nameZh, category.nameEn) } : {};
}

/** One category over the last twelve months: how many cases, how they were answered. */
export default async function CategoryTransparencyPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const category = await categoryByCode((await params).code);
  if (!category) notFound();
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const [portal, refreshedAt, locale, t, fmt] = await Promise.all([
    categoryPortal(db, calendar, new Date(), category.id),
    rollupsRefreshedAt(db),
    getLocale(),
    getTranslations("portal"),
    figureFormatters(),
  ]);
  const name = localized(locale, category.nameZh, category.nameEn);
  const first = portal.trend[0];
  const last = portal.trend[portal.trend.length - 1];
  const span = { from: first ? fmt.localMonth(first.period) : "", to: last ? fmt.localMonth(last.period) : "" };
  const metrics = portal.twelveMonths.metrics;
  const figures = [
    { label: t("columns.received"), value: fmt.count(portal.received) },
    { label: t("columns.closed"), value: fmt.count(portal.closed) },
    { label: t("figures.replied"), value: fmt.count(metrics.casesReplied) },
    { label: t("figures.rated"), value: fmt.count(metrics.ratedCases) },
    { label: t("rates.response"), value: fmt.rate(metrics.responseRate) },
    { label: t("rates.resolution"), value: fmt.rate(metrics.resolutionRate) },
    { label: t("rates.satisfaction"), value: fmt.rate(metrics.satisfactionRate) },
    { label: t("rates.onTimeReply"), value: fmt.rate(metrics.onTimeReplyRate) },
    { label: t("figures.compositeScore"), value: fmt.score(metrics.compositeScore) },
  ];
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-slate-700">
          {t("category.group", { group: localized(locale, category.groupZh, category.groupEn) })}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <FreshnessNote refreshedAt={refreshedAt} />
      </header>
      <section aria-labelledby="category-figures" className="space-y-3">
        <h2 id="category-figures" className="text-xl font-semibold">
          {t("overview.trendsHeading", span)}
        </h2>
        <FigureList figures={figures} />
        <p className="max-w-3xl text-sm text-slate-600">{t("category.note")}</p>
      </section>
      <section aria-labelledby="category-trend" className="space-y-3">
        <h2 id="category-trend" className="text-xl font-semibold">
          {t("category.trendHeading")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <VolumeChart
            id="category-volume"
            caption={t("category.volumeCaption", { category: name })}
            trend={portal.trend}
            fmt={fmt}
          />
          <RatesChart
            id="category-rates"
            caption={t("category.ratesCaption", { category: name })}
            trend={portal.trend}
            fmt={fmt}
          />
        </div>
      </section>
    </div>
  );
}
