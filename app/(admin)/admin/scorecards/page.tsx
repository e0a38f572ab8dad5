import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { type ActionField, CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { listCitySnapshots, listScorecardRuleHistory } from "@/db/queries/scorecards";
import { requirePermission } from "@/lib/auth/session";
import { PERIOD_KINDS, periodContaining, shiftPeriod } from "@/lib/domain/metrics/periods";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { periodAt } from "@/lib/services/scorecards/periods";
import { loadScorecardRules } from "@/lib/services/scorecards/rules";
import { forgetSettings } from "@/lib/services/settings";
import { recomputeScorecardsAction, saveScorecardRuleAction } from "./actions";

const SNAPSHOT_ROWS = 24;

export async function generateMetadata() {
  return { title: (await getTranslations("scorecards"))("admin.title") };
}

type Search = { done?: string; period?: string; revised?: string; unchanged?: string; published?: string };

/** Weights and grade bands by effective date, the admin's recomputation, and what has been published. */
export default async function ScorecardRulesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("scorecards");
  const locale = await getLocale();
  const db = await getDb();
  const now = new Date();
  const calendar = await loadCalendar(db);
  forgetSettings(db); // show the minimum sample as saved, as the settings page does
  const search = await searchParams;
  const thisMonth = periodContaining("month", calendar.localDate(now));
  const [inForce, history, snapshots] = await Promise.all([
    loadScorecardRules(db, periodAt(calendar, "month", now).from),
    listScorecardRuleHistory(db),
    listCitySnapshots(db, SNAPSHOT_ROWS),
  ]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: calendar.timeZone,
  });
  const day = (instant: Date) => calendar.localDate(instant).slice(0, 7);

  type HistoryRow = (typeof history)[number];
  const historyColumns: Column<HistoryRow>[] = [
    {
      key: "from",
      header: t("admin.effectiveFrom"),
      cell: (r) => <time dateTime={r.rule.effectiveFrom.toISOString()}>{day(r.rule.effectiveFrom)}</time>,
    },
    {
      key: "weights",
      header: t("admin.weights"),
      cell: (r) =>
        [r.rule.weightResponse, r.rule.weightSatisfaction, r.rule.weightResolution]
          .map((w) => percent.format(w))
          .join(" / "),
    },
    {
      key: "bands",
      header: t("admin.bands"),
      cell: (r) => [r.rule.bandSatisfied, r.rule.bandFairlySatisfied, r.rule.bandBasicallySatisfied].join(" / "),
    },
    { key: "by", header: t("admin.setBy"), cell: (r) => r.name ?? r.email ?? t("admin.system") },
    {
      key: "at",
      header: t("admin.setAt"),
      cell: (r) => <time dateTime={r.rule.createdAt.toISOString()}>{when.format(r.rule.createdAt)}</time>,
    },
  ];
  type SnapshotRow = (typeof snapshots)[number];
  const snapshotColumns: Column<SnapshotRow>[] = [
    { key: "period", header: t("admin.period"), cell: (r) => `${t(`periodKinds.${r.kind}`)} ${r.key}` },
    { key: "version", header: t("admin.version"), numeric: true, cell: (r) => r.version },
    {
      key: "reason",
      header: t("admin.reason"),
      cell: (r) => (r.note ? `${t(`reasons.${r.reason}`)}: ${r.note}` : t(`reasons.${r.reason}`)),
    },
    {
      key: "at",
      header: t("admin.computedAt"),
      cell: (r) => <time dateTime={r.computedAt.toISOString()}>{when.format(r.computedAt)}</time>,
    },
    {
      key: "score",
      header: t("admin.score"),
      numeric: true,
      cell: (r) => {
        const score = (r.figures as Scorecard).metrics.compositeScore;
        return score.kind === "score" ? score.value.toFixed(1) : t("admin.tooFew");
      },
    },
  ];

  const ruleFields: ActionField[] = [
    { kind: "text", name: "effectiveFrom", label: t("admin.field.effectiveFrom") },
    { kind: "number", name: "weightResponse", label: t("admin.field.weightResponse"), min: 0, max: 100 },
    { kind: "number", name: "weightSatisfaction", label: t("admin.field.weightSatisfaction"), min: 0, max: 100 },
    { kind: "number", name: "weightResolution", label: t("admin.field.weightResolution"), min: 0, max: 100 },
    { kind: "number", name: "bandSatisfied", label: t("admin.field.bandSatisfied"), min: 0, max: 100 },
    { kind: "number", name: "bandFairlySatisfied", label: t("admin.field.bandFairlySatisfied"), min: 0, max: 100 },
    {
      kind: "number",
      name: "bandBasicallySatisfied",
      label: t("admin.field.bandBasicallySatisfied"),
      min: 0,
      max: 100,
    },
  ];
  const toPercent = (weight: number) => String(Math.round(weight * 10000) / 100);
  const ruleValues = {
    effectiveFrom: shiftPeriod(thisMonth, 1).key,
    weightResponse: toPercent(inForce.weights.response),
    weightSatisfaction: toPercent(inForce.weights.satisfaction),
    weightResolution: toPercent(inForce.weights.resolution),
    bandSatisfied: String(inForce.bands.satisfied),
    bandFairlySatisfied: String(inForce.bands.fairlySatisfied),
    bandBasicallySatisfied: String(inForce.bands.basicallySatisfied),
  };
  const recomputeFields: ActionField[] = [
    {
      kind: "select",
      name: "periodKind",
      label: t("admin.field.periodKind"),
      placeholder: t("admin.field.periodKind"),
      options: PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`periodKinds.${kind}`) })),
    },
    { kind: "text", name: "periodKey", label: t("admin.field.periodKey") },
    { kind: "textarea", name: "reason", label: t("admin.field.reason"), rows: 3 },
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeader backLabel={t("admin.back")} title={t("admin.title")} intro={t("admin.intro")} />
      <StatusMessage>
        {search.done === "saved"
          ? t("admin.saved")
          : search.done === "recomputed"
            ? t("admin.recomputed", {
                period: search.period ?? "",
                revised: Number(search.revised ?? 0),
                unchanged: Number(search.unchanged ?? 0),
                published: Number(search.published ?? 0),
              })
            : null}
      </StatusMessage>
      <section aria-labelledby="in-force-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="in-force-heading" className="text-xl font-semibold">
          {t("admin.inForceTitle")} ({thisMonth.key})
        </h2>
        {history.length === 0 ? <p>{t("admin.defaultsApply")}</p> : null}
        <p>
          {t("admin.weightsLine", {
            response: percent.format(inForce.weights.response),
            satisfaction: percent.format(inForce.weights.satisfaction),
            resolution: percent.format(inForce.weights.resolution),
          })}
        </p>
        <p>
          {t("admin.bandsLine", {
            satisfied: inForce.bands.satisfied,
            fairly: inForce.bands.fairlySatisfied,
            basically: inForce.bands.basicallySatisfied,
          })}
        </p>
        <p>{t("admin.minimumLine", { minimum: inForce.minimumSample })}</p>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <CaseActionForm
          key={JSON.stringify(ruleValues)}
          title={t("admin.formTitle")}
          description={t("admin.formDescription")}
          fields={ruleFields}
          action={saveScorecardRuleAction}
          submitLabel={t("admin.save")}
          pendingLabel={t("admin.saving")}
          initialValues={ruleValues}
        />
        <CaseActionForm
          title={t("admin.recomputeTitle")}
          description={t("admin.recomputeDescription")}
          fields={recomputeFields}
          action={recomputeScorecardsAction}
          submitLabel={t("admin.recompute")}
          pendingLabel={t("admin.recomputing")}
          initialValues={{ periodKind: "month", periodKey: shiftPeriod(thisMonth, -1).key }}
        />
      </div>
      <section aria-labelledby="rules-history-heading" className="space-y-3">
        <h2 id="rules-history-heading" className="text-xl font-semibold">
          {t("admin.historyTitle")}
        </h2>
        <DataTable
          caption={t("admin.historyCaption")}
          columns={historyColumns}
          rows={history}
          rowKey={(r) => r.rule.id}
          empty={t("admin.historyEmpty")}
        />
      </section>
      <section aria-labelledby="snapshots-heading" className="space-y-3">
        <h2 id="snapshots-heading" className="text-xl font-semibold">
          {t("admin.snapshotsTitle")}
        </h2>
        <DataTable
          caption={t("admin.snapshotsCaption")}
          columns={snapshotColumns}
          rows={snapshots}
          rowKey={(r) => r.id}
          empty={t("admin.snapshotsEmpty")}
        />
      </section>
    </div>
  );
}
