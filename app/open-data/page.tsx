import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OpenDataColumnsTable } from "@/components/open-data/columns-table";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { countCases } from "@/db/queries/cases";
import { countScorecardSnapshots } from "@/db/queries/scorecards";
import { PERIOD_KINDS } from "@/lib/domain/metrics/periods";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { OPEN_DATA_REGISTRY } from "@/lib/services/open-data/registry";
import { listRecomputations } from "@/lib/services/scorecards/snapshots";

export async function generateMetadata() {
  return { title: (await getTranslations("scorecards"))("openData.title") };
}

const RECOMPUTATION_ROWS = 50;
const input = "rounded-md border border-slate-500 px-3 py-2";
const button =
  "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {label}
      {children}
    </label>
  );
}

/** A plain GET form: the format buttons choose the file, so it works without JavaScript. */
function DownloadForm({
  dataset,
  title,
  lead,
  children,
  labels,
}: {
  dataset: "cases" | "scorecards";
  title: string;
  lead: string;
  children: ReactNode;
  labels: { from: string; to: string; download: string };
}) {
  const id = `download-${dataset}`;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-slate-700">{lead}</p>
      <form method="get" action={`/api/open-data/${dataset}.csv`} className="space-y-4">
        <div className="flex flex-wrap gap-4">
          <Field label={labels.from}>
            <input type="month" name="from" pattern="\d{4}-\d{2}" placeholder="2026-01" className={input} />
          </Field>
          <Field label={labels.to}>
            <input type="month" name="to" pattern="\d{4}-\d{2}" placeholder="2026-12" className={input} />
          </Field>
          {children}
        </div>
        <div className="flex flex-wrap gap-3">
          {(["csv", "json"] as const).map((format) => (
            <button key={format} type="submit" formAction={`/api/open-data/${dataset}.${format}`} className={button}>
              {labels.download} {format.toUpperCase()}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/** Open data (docs/rules.md#open-data): the downloads, their filters and every documented column. */
export default async function OpenDataPage() {
  await connection();
  const [t, to] = await Promise.all([getTranslations("scorecards"), getTranslations("openData")]);
  const datasetText = (name: string, part: "title" | "lead") =>
    to(`datasets.${name}.${part}` as Parameters<typeof to>[0]);
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const [caseCount, snapshotCount, recomputations, calendar] = await Promise.all([
    countCases(db),
    countScorecardSnapshots(db),
    listRecomputations(db, RECOMPUTATION_ROWS),
    loadCalendar(db),
  ]);
  const number = new Intl.NumberFormat(locale);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: calendar.timeZone,
  });
  type Recomputation = (typeof recomputations)[number];
  const recomputationColumns: Column<Recomputation>[] = [
    {
      key: "subject",
      header: t("openData.subject"),
      cell: (r) =>
        `${r.unitCode ? localized(locale, r.unitZh ?? "", r.unitEn ?? "") : t("openData.city")} · ${t(`periodKinds.${r.periodKind}`)} ${r.periodKey} · v${r.version}`,
    },
    {
      key: "when",
      header: t("openData.when"),
      cell: (r) => <time dateTime={r.computedAt.toISOString()}>{when.format(r.computedAt)}</time>,
    },
    {
      key: "why",
      header: t("openData.why"),
      cell: (r) => (r.reasonNote ? `${t(`reasons.${r.reason}`)}: ${r.reasonNote}` : t(`reasons.${r.reason}`)),
    },
  ];
  const labels = { from: t("openData.from"), to: t("openData.to"), download: t("openData.download") };
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("openData.title")}</h1>
        <p className="text-lg text-slate-700">{t("openData.lead")}</p>
        <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-slate-800">{t("openData.privacy")}</p>
        <p>
          {t("openData.counts", {
            cases: number.format(caseCount),
            snapshots: number.format(snapshotCount),
          })}
        </p>
      </header>

      <DownloadForm dataset="cases" title={t("openData.casesTitle")} lead={t("openData.casesLead")} labels={labels}>
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="font-medium text-slate-800">{t("openData.by")}</legend>
          {(["created", "replied"] as const).map((by) => (
            <label key={by} className="flex items-center gap-2">
              <input type="radio" name="by" value={by} defaultChecked={by === "created"} />
              {t(by === "created" ? "openData.byCreated" : "openData.byReplied")}
            </label>
          ))}
        </fieldset>
      </DownloadForm>

      <DownloadForm
        dataset="scorecards"
        title={t("openData.scorecardsTitle")}
        lead={t("openData.scorecardsLead")}
        labels={labels}
      >
        <Field label={t("openData.kind")}>
          <select name="kind" defaultValue="month" className={input}>
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`periodKinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
      </DownloadForm>

      <section aria-labelledby="open-data-notes" className="space-y-2">
        <h2 id="open-data-notes" className="text-xl font-semibold">
          {t("openData.examplesTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link
              href="/api/open-data/cases.csv?from=2026-10&to=2026-10&by=replied"
              className="text-brand-700 underline"
              prefetch={false}
            >
              {t("openData.exampleCases")}
            </Link>
          </li>
          <li>
            <Link
              href="/api/open-data/scorecards.json?kind=quarter&from=2026-01"
              className="text-brand-700 underline"
              prefetch={false}
            >
              {t("openData.exampleScorecards")}
            </Link>
          </li>
        </ul>
        <p className="text-slate-700">{t("openData.csvNote")}</p>
        <p className="text-slate-700">{t("openData.limitNote")}</p>
      </section>

      <section aria-labelledby="open-data-recomputations" className="space-y-3">
        <h2 id="open-data-recomputations" className="text-xl font-semibold">
          {t("openData.recomputationsTitle")}
        </h2>
        <p className="text-slate-700">{t("openData.recomputationsLead")}</p>
        <DataTable
          caption={t("openData.recomputationsCaption")}
          columns={recomputationColumns}
          rows={recomputations}
          rowKey={(r) => r.id}
          empty={t("openData.recomputationsEmpty")}
        />
      </section>

      <section aria-labelledby="open-data-recompute" className="space-y-2">
        <h2 id="open-data-recompute" className="text-xl font-semibold">
          {t("openData.recomputeTitle")}
        </h2>
        <p>{t("openData.recompute")}</p>
      </section>

      <section aria-labelledby="open-data-datasets" className="space-y-3">
        <h2 id="open-data-datasets" className="text-xl font-semibold">
          {to("datasetsTitle")}
        </h2>
        <p className="text-slate-700">
          {to.rich("datasetsLead", {
            link: (chunks) => (
              <a href="/api/open-data/datapackage.json" className="text-brand-700 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
        <ul className="space-y-2">
          {OPEN_DATA_REGISTRY.map((dataset) => (
            <li key={dataset.name}>
              <span className="font-semibold">{datasetText(dataset.name, "title")}</span>
              {" — "}
              {datasetText(dataset.name, "lead")}{" "}
              {(["csv", "json"] as const).map((format) => (
                <a
                  key={format}
                  href={`/api/open-data/${dataset.name}.${format}`}
                  className="mr-2 text-brand-700 underline"
                >
                  {dataset.name}.{format}
                </a>
              ))}
            </li>
          ))}
        </ul>
        <p className="text-slate-700">{to("versionsNote")}</p>
      </section>

      {OPEN_DATA_REGISTRY.map((dataset) => (
        <section key={dataset.name} aria-labelledby={`open-data-${dataset.name}-columns`} className="space-y-3">
          <h2 id={`open-data-${dataset.name}-columns`} className="text-xl font-semibold">
            {datasetText(dataset.name, "title")}
          </h2>
          <OpenDataColumnsTable
            dataset={{ name: dataset.name, columns: dataset.columns, messages: dataset.messages }}
          />
        </section>
      ))}
    </article>
  );
}
