import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/case-table";
import { getDb } from "@/db/client";
import { listRecentCases } from "@/db/queries/cases";
import { requirePermission } from "@/lib/auth/session";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

export async function generateMetadata() {
  return { title: (await getTranslations("observer"))("title") };
}

/** Media and public representatives read every case, with personal data removed. */
export default async function ObserverPage() {
  await connection();
  await requirePermission("case.view_redacted");
  const t = await getTranslations("observer");
  const [recent, calendar] = await Promise.all([listRecentCases(await getDb(), 100), loadCalendar()]);
  const rows = await presentCaseRows(withLights(recent, calendar, new Date()), calendar, { contact: "redacted" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <CaseTable
        rows={rows}
        labels={await caseTableLabels(t("title"), t("empty"))}
        show={["reference", "title", "category", "unit", "status", "created"]}
      />
    </div>
  );
}
