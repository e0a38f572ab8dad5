import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { findCategoryForEditing } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { setCategoryActiveAction, updateCategoryAction } from "../actions";
import { categoryFields } from "../category-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("categories.title") };
}

/** Edit one category; deactivate or reactivate it. */
export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const { code } = await params;
  const { done } = await searchParams;
  const db = await getDb();
  const category = await findCategoryForEditing(db, decodeURIComponent(code));
  if (!category) notFound();
  const doneMessage = done && t.has(`done.${done}` as never) ? t(`done.${done}` as never) : null;
  const name = localized(locale, category.nameZh, category.nameEn);
  const toggle = category.active ? "deactivate" : "reactivate";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href="/admin/categories" className="text-sm text-brand-700 underline">
          {t("categories.title")}
        </Link>
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <p className="text-slate-700">
          <span className="font-mono">{category.code}</span> · {category.active ? t("active") : t("inactive")}
        </p>
      </header>
      <StatusMessage>{doneMessage}</StatusMessage>
      <CaseActionForm
        key={`edit-${done ?? ""}`}
        title={t("categories.editTitle", { name })}
        fields={await categoryFields(db)}
        action={updateCategoryAction.bind(null, category.id)}
        submitLabel={t("categories.editSubmit")}
        pendingLabel={t("pending")}
        initialValues={{
          groupId: String(category.groupId),
          nameZh: category.nameZh,
          nameEn: category.nameEn,
          slaPolicyId: String(category.slaPolicyId),
          keywordsZh: category.keywordsZh.join(", "),
          keywordsEn: category.keywordsEn.join(", "),
        }}
      />
      <CaseActionForm
        key={`toggle-${category.active}`}
        title={t(`categories.${toggle}Title`)}
        description={t(`categories.${toggle}Description`)}
        fields={[]}
        action={setCategoryActiveAction.bind(null, category.id, !category.active)}
        submitLabel={t(`categories.${toggle}Submit`)}
        pendingLabel={t("pending")}
      />
    </div>
  );
}
