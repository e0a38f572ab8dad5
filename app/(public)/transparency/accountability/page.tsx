import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { MEASURE_KINDS, countByKind } from "@/lib/domain/supervision/accountability";
import { LEDGER_FEED_PATH } from "@/lib/services/supervision/ledger-feed";
import { publicLedger } from "@/lib/services/supervision/public-ledger";
import { loadSettings } from "@/lib/services/settings";
import { FigureList } from "../figure-list";
import { figureFormatters } from "../figures";
import { MeasureList } from "./measure-list";

const PAGE_MEASURES = 200;

export async function generateMetadata() {
  const t = await getTranslations("accountability");
  return {
    title: t("public.title"),
    alternates: { types: { "application/atom+xml": [{ url: LEDGER_FEED_PATH, title: t("feed.title") }] } },
  };
}

/** The city-wide accountability ledger (问责台账): every measure against a unit, newest first. */
export default async function AccountabilityLedgerPage() {
  await connection();
  const db = await getDb();
  const [t, fmt, settings] = await Promise.all([
    getTranslations("accountability"),
    figureFormatters(),
    loadSettings(db),
  ]);
  const measures = await publicLedger(db, settings, { limit: PAGE_MEASURES });
  const counts = countByKind(measures.map((m) => m.kind));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("public.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("public.lead")}</p>
        <p className="max-w-3xl text-sm text-slate-700">
          {settings.publishOfficialNames ? t("public.namesShown") : t("public.names")}
        </p>
        <p>
          <a href={LEDGER_FEED_PATH} className="text-brand-700 underline">
            {t("public.feed")}
          </a>
        </p>
      </header>
      <section aria-labelledby="ledger-counts-heading" className="space-y-3">
        <h2 id="ledger-counts-heading" className="text-xl font-semibold">
          {t("public.countsHeading")}
        </h2>
        <FigureList
          figures={MEASURE_KINDS.map((kind) => ({ label: t(`kind.${kind}`), value: fmt.count(counts[kind]) }))}
        />
      </section>
      <section aria-labelledby="ledger-list-heading" className="space-y-3">
        <h2 id="ledger-list-heading" className="text-xl font-semibold">
          {t("public.listHeading")}
        </h2>
        <MeasureList measures={measures} showUnit />
      </section>
    </div>
  );
}
