import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { searchDeskAction } from "./actions";
import { DeskSearchForm } from "./search-form";

export async function generateMetadata() {
  return { title: (await getTranslations("hotline.search"))("title") };
}

/** The hotline desk's search: operators and supervisors only (every search is logged). */
export default async function DeskSearchPage() {
  await connection();
  await requirePermission("desk.search");
  const t = await getTranslations("hotline.search");
  const table = await getTranslations("caseTable");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("lead")}</p>
      <DeskSearchForm
        action={searchDeskAction}
        labels={{
          q: t("q"),
          qHint: t("qHint"),
          from: t("from"),
          to: t("to"),
          rangeHint: t("rangeLegend"),
          submit: t("submit"),
          pending: t("pending"),
          empty: t("empty"),
          reference: table("reference"),
          title: table("title"),
          category: table("category"),
          unit: table("unit"),
          status: table("status"),
          created: table("created"),
          caller: t("caller"),
          actions: t("actions"),
          callback: t("callback"),
        }}
      />
    </div>
  );
}
