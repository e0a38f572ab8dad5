import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { listPublishedCampaigns } from "@/db/queries/appraisals";
import { currentActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { citizenCampaigns } from "@/lib/services/appraisal/ballots";
import { campaignUnits } from "@/lib/services/appraisal/campaigns";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { enterRaterCodeAction } from "./actions";

const PUBLISHED_ROWS = 20;

export async function generateMetadata() {
  return { title: (await getTranslations("appraisal"))("rater.title") };
}

/**
 * Where raters start: a signed-in citizen sees the open campaigns and the units they may rate;
 * an invited rater types their one-time code. Everyone sees the published results.
 */
export default async function AppraisalsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  const [t, locale, actor, { done }] = await Promise.all([
    getTranslations("appraisal"),
    getLocale() as Promise<Locale>,
    currentActor(),
    searchParams,
  ]);
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const mine = actor?.role === "citizen" ? await citizenCampaigns(db, calendar, actor.id) : [];
  const withUnits = await Promise.all(
    mine.map(async (entry) => {
      const units = await campaignUnits(db, entry.campaign.id);
      const toRate = units.filter((u) => entry.eligibleUnitIds.includes(u.id) && !entry.ratedUnitIds.includes(u.id));
      const rated = units.filter((u) => entry.ratedUnitIds.includes(u.id));
      return { ...entry, toRate, rated };
    }),
  );
  const published = await listPublishedCampaigns(db, PUBLISHED_ROWS);
  const name = (u: { nameZh: string; nameEn: string }) => localized(locale, u.nameZh, u.nameEn);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("rater.title")}</h1>
        <p className="text-slate-700">{t("rater.lead")}</p>
      </div>
      <StatusMessage>{done === "voted" ? t("done.voted") : null}</StatusMessage>

      <section aria-labelledby="mine-heading" className="space-y-3">
        <h2 id="mine-heading" className="text-xl font-semibold">
          {t("rater.citizenHeading")}
        </h2>
        {!actor ? (
          <p className="text-slate-700">
            {t.rich("rater.signIn", {
              link: (chunks) => (
                <Link href="/signin?next=%2Fappraisals" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : actor.role !== "citizen" ? (
          <p className="text-slate-700">{t("rater.notCitizen")}</p>
        ) : withUnits.length === 0 ? (
          <p className="text-slate-700">{t("rater.noneEligible")}</p>
        ) : (
          <ul className="space-y-3">
            {withUnits.map((entry) => (
              <li key={entry.campaign.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="text-lg font-semibold">{entry.campaign.title}</h3>
                <p className="text-slate-700">
                  {entry.toRate.length > 0
                    ? t("rater.toRate", { units: entry.toRate.map(name).join(locale === "en" ? ", " : "、") })
                    : t("rater.allRated")}
                </p>
                {entry.rated.length > 0 ? (
                  <p className="text-sm text-slate-600">
                    {t("rater.rated", { units: entry.rated.map(name).join(locale === "en" ? ", " : "、") })}
                  </p>
                ) : null}
                {entry.toRate.length > 0 ? (
                  <p>
                    <Link href={`/appraisals/${entry.campaign.id}`} className="font-medium text-brand-700 underline">
                      {t("rater.rateLink", { title: entry.campaign.title })}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <CaseActionForm
        title={t("rater.codeHeading")}
        description={t("rater.codeLead")}
        fields={[{ kind: "text", name: "code", label: t("fields.code") }]}
        action={enterRaterCodeAction}
        submitLabel={t("rater.codeSubmit")}
        pendingLabel={t("pending")}
      />

      <section aria-labelledby="published-heading" className="space-y-3">
        <h2 id="published-heading" className="text-xl font-semibold">
          {t("rater.publishedHeading")}
        </h2>
        {published.length === 0 ? (
          <p className="text-slate-700">{t("rater.nonePublished")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {published.map((c) => (
              <li key={c.id}>
                <Link href={`/appraisals/results/${c.id}`} className="text-brand-700 underline">
                  {c.title}
                </Link>{" "}
                <span className="text-slate-600">{t("period", { from: c.periodFrom, to: c.periodTo })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
