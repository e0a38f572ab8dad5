import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listClosedCampaigns, listMeasures } from "@/db/queries/accountability";
import { listActiveUnits } from "@/db/queries/metrics";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { MEASURE_KINDS, publishedMeasure } from "@/lib/domain/supervision/accountability";
import { localized } from "@/lib/i18n/localized";
import { recordMeasureAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("accountability"))("board.title") };
}

/** The supervisors' ledger: every measure, newest first, and the form that records one. */
export default async function AccountabilityBoard() {
  await connection();
  const actor = await requirePermission("supervision.view");
  const [t, tc, locale, db] = await Promise.all([
    getTranslations("accountability"),
    getTranslations(),
    getLocale(),
    getDb(),
  ]);
  const [measures, unitList, campaigns] = await Promise.all([
    listMeasures(db),
    listActiveUnits(db),
    listClosedCampaigns(db),
  ]);
  // Supervisors read the texts without the citizens' personal data, with the official's name.
  const rows = measures.map((m) => ({
    ...m,
    shown: publishedMeasure({ ...m, contacts: m.cases.map((c) => c.contact) }, true),
  }));
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "date", header: t("columns.date"), cell: (r) => <span className="tabular-nums">{r.takenOn}</span> },
    { key: "unit", header: t("columns.unit"), cell: (r) => localized(locale, r.unitZh, r.unitEn) },
    { key: "kind", header: t("columns.kind"), cell: (r) => t(`kind.${r.kind}`) },
    { key: "official", header: t("columns.official"), cell: (r) => r.officialName ?? t("board.none") },
    {
      key: "cases",
      header: t("columns.cases"),
      cell: (r) => (r.cases.length ? r.cases.map((c) => c.reference).join(", ") : t("board.none")),
    },
    { key: "reason", header: t("columns.reason"), cell: (r) => <span className="line-clamp-2">{r.shown.reason}</span> },
    {
      key: "open",
      header: t("columns.open"),
      cell: (r) => (
        <Link href={`/supervision/accountability/${r.id}`} className="text-brand-700 underline">
          {t("columns.open")}
          <span className="sr-only">
            {" "}
            {t(`kind.${r.kind}`)} {r.takenOn}
          </span>
        </Link>
      ),
    },
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/supervision" className="text-brand-700 underline">
          {tc("supervision.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("board.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("board.lead")}</p>
      {can(actor.role, "supervision.act") ? (
        <div className="max-w-2xl">
          <CaseActionForm
            title={t("board.record")}
            fields={[
              {
                kind: "select",
                name: "unitId",
                label: t("fields.unitId"),
                placeholder: t("placeholder.unit"),
                options: unitList.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
              },
              {
                kind: "select",
                name: "kind",
                label: t("fields.kind"),
                placeholder: t("placeholder.kind"),
                options: MEASURE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
              },
              { kind: "date", name: "takenOn", label: t("fields.takenOn") },
              { kind: "textarea", name: "reason", label: t("fields.reason"), rows: 4 },
              { kind: "text", name: "officialName", label: t("fields.officialName") },
              { kind: "textarea", name: "caseReferences", label: t("fields.caseReferences"), rows: 2 },
              {
                kind: "select",
                name: "campaignId",
                label: t("fields.campaignId"),
                placeholder: t("placeholder.campaign"),
                options: campaigns.map((c) => ({ value: String(c.id), label: c.title })),
              },
              { kind: "textarea", name: "followUp", label: t("fields.followUp"), rows: 3 },
            ]}
            action={recordMeasureAction}
            submitLabel={t("board.save")}
            pendingLabel={t("board.saving")}
          />
        </div>
      ) : null}
      <section aria-labelledby="ledger-heading" className="space-y-3">
        <h2 id="ledger-heading" className="text-xl font-semibold">
          {t("board.caption")}
        </h2>
        <DataTable
          caption={t("board.caption")}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          empty={t("board.empty")}
        />
      </section>
    </div>
  );
}
