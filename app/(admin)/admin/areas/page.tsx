import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { listAreaSummary } from "@/db/queries/areas";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { importAreasAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("areas.title") };
}

/** The districts' areas that a pin is routed by (docs/maps.md#areas): what is imported, and an import. */
export default async function AdminAreasPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const tAdmin = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const { done } = await searchParams;
  const rows = await listAreaSummary(await getDb());
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: await getTimeZone(),
  });
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "district", header: t("areas.district"), cell: (r) => localized(locale, r.nameZh, r.nameEn) },
    { key: "code", header: t("areas.code"), cell: (r) => <code className="font-mono">{r.code}</code> },
    {
      key: "shapes",
      header: t("areas.shapes"),
      cell: (r) => (r.shapes > 0 ? <span className="tabular-nums">{r.shapes}</span> : t("areas.none")),
    },
    {
      key: "importedAt",
      header: t("areas.importedAt"),
      cell: (r) => (r.importedAt ? when.format(new Date(r.importedAt)) : "—"),
    },
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin" className="text-brand-700 underline">
            {tAdmin("title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("areas.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("areas.lead")}</p>
      </div>
      {done === "imported" ? <StatusMessage>{t("areas.imported")}</StatusMessage> : null}
      <DataTable
        caption={t("areas.caption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        empty={t("areas.none")}
      />
      <div className="max-w-3xl">
        <CaseActionForm
          title={t("areas.importTitle")}
          description={t("areas.geojsonHint")}
          fields={[{ kind: "textarea", name: "geojson", label: t("areas.geojson"), rows: 12 }]}
          action={importAreasAction}
          submitLabel={t("areas.import")}
          pendingLabel={t("pending")}
        />
      </div>
    </div>
  );
}
