import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OpenDataColumnsTable } from "@/components/open-data/columns-table";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { DEFAULT_GRADE_BANDS } from "@/lib/domain/metrics/grading";
import { DEFAULT_WEIGHTS } from "@/lib/domain/metrics/unit-metrics";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { OPEN_DATA_REGISTRY } from "@/lib/services/open-data/registry";
import { resolvePeriod } from "@/lib/services/portal/periods";
import { rollupsRefreshedAt } from "@/lib/services/portal/refresh-rollups";
import { optionsFor, rulesForPeriods } from "@/lib/services/portal/rules";
import { listFrozenPeriods } from "@/lib/services/scorecards/snapshots";
import { figureFormatters } from "../figures";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("methodology.title") };
}

const FORMULAS = [
  "response",
  "resolution",
  "satisfaction",
  "onTimeSignFor",
  "onTimeReply",
  "dispute",
  "rehandling",
  "median",
  "repliedLate",
  "composite",
] as const;
const RECOMPUTE_RULES = [
  "counted",
  "returns",
  "timeZone",
  "periods",
  "rules",
  "rounding",
  "workingDays",
  "median",
  "open",
  "ranking",
  "lateChange",
  "verify",
] as const;
const LIMITS = ["rated", "reported", "hard", "units", "small", "time", "ranking"] as const;

/** Every formula behind the portal's figures, the rules in force now, and what the figures cannot tell. */
export default async function MethodologyPage() {
  await connection();
  const now = new Date();
  const db = await getDb();
  const calendar = await loadCalendar(db);
  const month = resolvePeriod(calendar, now, "month").period;
  const [rules, refreshedAt, t, tm, fmt] = await Promise.all([
    rulesForPeriods(db, calendar, [month]),
    rollupsRefreshedAt(db),
    getTranslations("portal"),
    getTranslations("openData.method"),
    figureFormatters(),
  ]);
  // Month boundaries are the working calendar's (lib/services/scorecards/periods.ts).
  const timeZone = calendar.timeZone;
  const options = optionsFor(rules, month);
  const frozen = await listFrozenPeriods(db);
  const frozenColumns: Column<(typeof frozen)[number]>[] = [
    {
      key: "kind",
      header: t("methodology.frozen.kind"),
      cell: (row) => t(`methodology.frozen.kinds.${row.periodKind}`),
    },
    { key: "period", header: t("methodology.frozen.period"), cell: (row) => row.periodKey },
    { key: "frozenAt", header: t("methodology.frozen.frozenAt"), cell: (row) => fmt.dateTime(row.frozenAt) },
    { key: "version", header: t("methodology.frozen.version"), cell: (row) => row.currentVersion, numeric: true },
    { key: "since", header: t("methodology.frozen.since"), cell: (row) => fmt.dateTime(row.currentSince) },
  ];
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const bands = options.bands ?? DEFAULT_GRADE_BANDS;
  const values = {
    minimum: options.minimumSample,
    response: weights.response,
    satisfaction: weights.satisfaction,
    resolution: weights.resolution,
    satisfied: bands.satisfied,
    fairly: bands.fairlySatisfied,
    basically: bands.basicallySatisfied,
  };

  return (
    <article className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("methodology.heading")}</h1>
        <p className="text-lg text-slate-700">{t("methodology.lead")}</p>
      </header>
      <section aria-labelledby="method-source" className="space-y-2">
        <h2 id="method-source" className="text-xl font-semibold">
          {t("methodology.sourceHeading")}
        </h2>
        <p>{t("methodology.source", { timeZone })}</p>
        <p>{t("methodology.latestRating")}</p>
      </section>
      <section aria-labelledby="method-formulas" className="space-y-3">
        <h2 id="method-formulas" className="text-xl font-semibold">
          {t("methodology.formulasHeading")}
        </h2>
        <dl className="space-y-3">
          {FORMULAS.map((key) => (
            <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="font-semibold">{t(`methodology.formulas.${key}.name`)}</dt>
              <dd className="mt-1 font-mono text-sm">{t(`methodology.formulas.${key}.formula`, values)}</dd>
              <dd className="mt-1 text-sm text-slate-700">{t(`methodology.formulas.${key}.note`, values)}</dd>
            </div>
          ))}
        </dl>
        <p>{t("methodology.bands", values)}</p>
      </section>
      <section aria-labelledby="method-sample" className="space-y-2">
        <h2 id="method-sample" className="text-xl font-semibold">
          {t("methodology.sampleHeading")}
        </h2>
        <p>{t("methodology.sample", values)}</p>
        <p>{t("methodology.ranking", values)}</p>
      </section>
      <section aria-labelledby="method-periods" className="space-y-2">
        <h2 id="method-periods" className="text-xl font-semibold">
          {t("methodology.periodsHeading")}
        </h2>
        <p>{t("methodology.periods", { timeZone })}</p>
        <p>{t("methodology.rules")}</p>
        <p>{t("methodology.frozen.lead")}</p>
        <DataTable
          caption={t("methodology.frozen.caption")}
          columns={frozenColumns}
          rows={frozen}
          rowKey={(row) => `${row.periodKind}:${row.periodKey}`}
          empty={t("methodology.frozen.empty")}
        />
      </section>
      <section aria-labelledby="method-recompute" className="space-y-3">
        <h2 id="method-recompute" className="text-xl font-semibold">
          {tm("heading")}
        </h2>
        <p>{tm("lead")}</p>
        <dl className="space-y-3">
          {RECOMPUTE_RULES.map((key) => (
            <div key={key} id={`rule-${key}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="font-semibold">{tm(`items.${key}.name`)}</dt>
              <dd className="mt-1 text-sm text-slate-700">
                {tm(`items.${key}.text`, { timeZone, minimum: options.minimumSample })}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="method-freshness" className="space-y-2">
        <h2 id="method-freshness" className="text-xl font-semibold">
          {t("methodology.freshnessHeading")}
        </h2>
        <p>{t("methodology.freshness")}</p>
        <p>{refreshedAt ? t("freshness.asOf", { time: fmt.dateTime(refreshedAt) }) : t("freshness.pending")}</p>
      </section>
      <section aria-labelledby="method-limits" className="space-y-2">
        <h2 id="method-limits" className="text-xl font-semibold">
          {t("methodology.limitsHeading")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {LIMITS.map((key) => (
            <li key={key}>{t(`methodology.limits.${key}`, values)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="method-open-data" className="space-y-2">
        <h2 id="method-open-data" className="text-xl font-semibold">
          {t("methodology.openDataHeading")}
        </h2>
        <p>
          {t.rich("methodology.openData", {
            link: (chunks) => (
              <Link href="/open-data" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {OPEN_DATA_REGISTRY.map((dataset) => (
          <OpenDataColumnsTable
            key={dataset.name}
            dataset={{ name: dataset.name, columns: dataset.columns, messages: dataset.messages }}
          />
        ))}
      </section>
    </article>
  );
}
