import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listSlaPolicies } from "@/db/queries/sla-policies";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  return { title: (await getTranslations("adminRules"))("sla.title") };
}

export default async function SlaPoliciesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminRules");
  const locale = (await getLocale()) as Locale;
  const { done } = await searchParams;
  const policies = await listSlaPolicies(await getDb());
  type Policy = (typeof policies)[number];
  const limit = (value: number | null) => (value === null ? t("sla.notSet") : String(value));
  const columns: Column<Policy>[] = [
    { key: "code", header: t("sla.column.code"), cell: (p) => <span className="font-mono">{p.code}</span> },
    { key: "name", header: t("sla.column.name"), cell: (p) => localized(locale, p.nameZh, p.nameEn) },
    { key: "clock", header: t("sla.column.clockKind"), cell: (p) => t(`clockKind.${p.clockKind}`) },
    { key: "signFor", header: t("sla.column.signFor"), cell: (p) => limit(p.signForLimit), numeric: true },
    {
      key: "firstContact",
      header: t("sla.column.firstContact"),
      cell: (p) => limit(p.firstContactLimit),
      numeric: true,
    },
    { key: "reply", header: t("sla.column.reply"), cell: (p) => String(p.replyLimit), numeric: true },
    {
      key: "warning",
      header: t("sla.column.warning"),
      cell: (p) => t("sla.percent", { value: Math.round(p.warningFraction * 1000) / 10 }),
    },
    {
      key: "cards",
      header: t("sla.column.cards"),
      cell: (p) => t("sla.cards", { yellow: p.yellowCardAfterWorkingDays, red: p.redCardAfterWorkingDays }),
    },
    {
      key: "extensions",
      header: t("sla.column.extensions"),
      cell: (p) =>
        p.maxExtensionAmount === null
          ? t("sla.extensionsUnlimited", { count: p.maxExtensions })
          : t("sla.extensions", { count: p.maxExtensions, amount: p.maxExtensionAmount }),
    },
    {
      key: "actions",
      header: t("sla.column.actions"),
      cell: (p) => (
        <Link
          href={`/admin/sla/${encodeURIComponent(p.code)}`}
          aria-label={t("sla.editLabel", { code: p.code })}
          className="text-brand-700 underline"
        >
          {t("sla.edit")}
        </Link>
      ),
    },
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("sla.title")}</h1>
      {done === "saved" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {t("sla.saved")}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">{t("sla.intro")}</p>
      <p>
        <Link
          href="/admin/sla/new"
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t("sla.new")}
        </Link>
      </p>
      <DataTable
        caption={t("sla.caption")}
        columns={columns}
        rows={policies}
        rowKey={(p) => p.id}
        empty={t("sla.empty")}
      />
    </div>
  );
}
