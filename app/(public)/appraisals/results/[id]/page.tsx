import { AppraisalPageHeader } from "@/components/appraisal/page-header";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AppraisalResultsTable } from "@/components/appraisal/results-table";
import { UnitListSection } from "@/components/appraisal/unit-list-section";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import { campaignResults } from "@/lib/services/appraisal/results";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { resultRows, unitNames } from "../../result-rows";

async function closedCampaign(segment: string) {
  if (!/^\d{1,9}$/.test(segment)) return null;
  const campaign = await findCampaign(await getDb(), Number(segment));
  return campaign?.status === "closed" ? campaign : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const campaign = await closedCampaign((await params).id);
  return campaign ? { title: campaign.title } : {};
}

/** A closed campaign's published results: totals only — no single vote, no comment. */
export default async function AppraisalResultsPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const campaign = await closedCampaign((await params).id);
  if (!campaign) notFound();
  const db = await getDb();
  const [t, locale, calendar] = await Promise.all([
    getTranslations("appraisal"),
    getLocale() as Promise<Locale>,
    loadCalendar(db),
  ]);
  const results = await campaignResults(db, calendar, campaign);
  return (
    <div className="space-y-8">
      <AppraisalPageHeader back={{ href: "/appraisals", label: t("rater.title") }} title={campaign.title}>
        <p className="text-slate-700">
          {t("results.publicLead", {
            from: campaign.periodFrom,
            to: campaign.periodTo,
            minimum: campaign.minimumSample,
            weight: campaign.appraisalWeight,
            scorecard: 100 - campaign.appraisalWeight,
          })}
        </p>
        <p className="text-slate-700">{t("results.method")}</p>
      </AppraisalPageHeader>
      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-xl font-semibold">
          {t("results.heading")}
        </h2>
        <AppraisalResultsTable
          rows={resultRows(results, locale)}
          caption={t("results.caption", { title: campaign.title })}
        />
      </section>
      <UnitListSection
        id="failing"
        heading={t("results.failingHeading")}
        empty={t("results.failingEmpty")}
        units={unitNames(results.failing, locale)}
      />
      <UnitListSection
        id="bottom"
        heading={t("results.bottomHeading", { count: campaign.bottomCount })}
        empty={t("results.bottomEmpty")}
        units={unitNames(results.bottom, locale)}
      />
    </div>
  );
}
