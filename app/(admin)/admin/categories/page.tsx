import { AdminPageHeader } from "@/components/admin-page-header";
import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listAllCategoryGroups, listCategoriesWithGroupAndPolicy } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { NamedCodesSection, namedCodesLabels } from "../named-codes-section";
import { createCategoryAction, saveCategoryGroupAction } from "./actions";
import { categoryFields } from "./category-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("categories.title") };
}

/** Every category with its group, SLA policy and keywords, and the form for a new one. */
export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const { done } = await searchParams;
  const doneMessage = done && t.has(`done.${done}` as never) ? t(`done.${done}` as never) : null;
  const db = await getDb();
  const rows = await listCategoriesWithGroupAndPolicy(db);
  const groups = await listAllCategoryGroups(db);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "group", header: t("categories.group"), cell: (r) => localized(locale, r.groupZh, r.groupEn) },
    {
      key: "name",
      header: t("name"),
      cell: (r) => (
        <Link href={`/admin/categories/${r.code}`} className="text-brand-700 underline">
          {localized(locale, r.nameZh, r.nameEn)}
        </Link>
      ),
    },
    { key: "code", header: t("code"), cell: (r) => <span className="font-mono">{r.code}</span> },
    { key: "sla", header: t("categories.sla"), cell: (r) => localized(locale, r.slaZh, r.slaEn) },
    {
      key: "keywords",
      header: t("categories.keywords"),
      cell: (r) => (locale === "en" ? r.keywordsEn : r.keywordsZh).join(locale === "en" ? ", " : "、") || "—",
    },
    {
      key: "status",
      header: t("status"),
      cell: (r) => (r.active ? t("active") : <span className="font-medium text-red-800">{t("inactive")}</span>),
    },
  ];
  return (
    <div className="space-y-8">
      <AdminPageHeader backLabel={t("back")} title={t("categories.title")} intro={t("categories.intro")} />
      <StatusMessage>{doneMessage}</StatusMessage>
      <DataTable
        caption={t("categories.caption", { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("empty")}
      />
      <CaseActionForm
        title={t("categories.newTitle")}
        fields={[{ kind: "text", name: "code", label: t("code") }, ...(await categoryFields(db))]}
        action={createCategoryAction}
        submitLabel={t("categories.newSubmit")}
        pendingLabel={t("pending")}
      />
      <NamedCodesSection
        id="groups"
        rows={groups}
        locale={locale}
        action={saveCategoryGroupAction}
        labels={await namedCodesLabels("groups", groups.length)}
      />
    </div>
  );
}
