import Link from "next/link";
import { AppraisalPageHeader } from "@/components/appraisal/page-header";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import { requirePermission } from "@/lib/auth/session";
import { DEFAULT_BURST_THRESHOLD } from "@/lib/domain/appraisal/bursts";
import { DEFAULT_APPRAISAL_WEIGHT, DEFAULT_CAMPAIGN_MINIMUM_SAMPLE } from "@/lib/domain/appraisal/tally";
import { can } from "@/lib/domain/access/roles";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { listCampaigns } from "@/lib/services/appraisal/campaigns";
import { createCampaignAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("appraisal"))("supervision.title") };
}

/** Every campaign, newest first, and the form that creates one. */
export default async function AppraisalCampaignsPage() {
  await connection();
  const actor = await requirePermission("supervision.view");
  const t = await getTranslations("appraisal");
  const tc = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const [campaigns, units] = await Promise.all([listCampaigns(db), listActiveUnits(db)]);
  type Row = (typeof campaigns)[number];
  const columns: Column<Row>[] = [
    {
      key: "title",
      header: t("columns.title"),
      cell: (row) => (
        <Link href={`/supervision/appraisals/${row.campaign.id}`} className="text-brand-700 underline">
          {row.campaign.title}
        </Link>
      ),
    },
    {
      key: "period",
      header: t("columns.period"),
      cell: (row) => (
        <span className="tabular-nums">
          {t("period", { from: row.campaign.periodFrom, to: row.campaign.periodTo })}
        </span>
      ),
    },
    { key: "status", header: t("columns.status"), cell: (row) => t(`status.${row.campaign.status}`) },
    { key: "units", header: t("columns.units"), numeric: true, cell: (row) => row.units },
  ];
  const caption = t("supervision.campaigns", { count: campaigns.length });
  const number = (name: string, min: number, max: number) => ({
    kind: "number" as const,
    name,
    label: t(`fields.${name}` as "fields.title"),
    min,
    max,
  });
  return (
    <div className="space-y-8">
      <AppraisalPageHeader
        back={{ href: "/supervision", label: tc("supervision.title") }}
        title={t("supervision.title")}
      >
        <p className="text-slate-700">{t("supervision.lead")}</p>
      </AppraisalPageHeader>
      <section aria-labelledby="campaigns-heading" className="space-y-3">
        <h2 id="campaigns-heading" className="text-xl font-semibold">
          {caption}
        </h2>
        <DataTable
          caption={caption}
          columns={columns}
          rows={campaigns}
          rowKey={(row) => row.campaign.id}
          empty={t("supervision.empty")}
        />
      </section>
      {can(actor.role, "supervision.act") ? (
        <CaseActionForm
          title={t("supervision.newTitle")}
          description={t("supervision.newDescription")}
          fields={[
            { kind: "text", name: "name", label: t("fields.title") },
            { kind: "date", name: "periodFrom", label: t("fields.periodFrom") },
            { kind: "date", name: "periodTo", label: t("fields.periodTo") },
            {
              kind: "checkboxes",
              name: "unitIds",
              label: t("fields.unitIds"),
              options: units.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
            },
            number("appraisalWeight", 0, 100),
            number("minimumSample", 1, 10_000),
            number("burstThreshold", 2, 10_000),
            number("bottomCount", 0, 100),
          ]}
          action={createCampaignAction}
          submitLabel={t("supervision.create")}
          pendingLabel={t("pending")}
          initialValues={{
            appraisalWeight: String(DEFAULT_APPRAISAL_WEIGHT),
            minimumSample: String(DEFAULT_CAMPAIGN_MINIMUM_SAMPLE),
            burstThreshold: String(DEFAULT_BURST_THRESHOLD),
            bottomCount: "3",
          }}
        />
      ) : null}
    </div>
  );
}
