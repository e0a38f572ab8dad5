import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/case-table";
import { getDb } from "@/db/client";
import { listCitizenCases } from "@/db/queries/cases";
import { requirePermission } from "@/lib/auth/session";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

export async function generateMetadata() {
  return { title: (await getTranslations("myCases"))("title") };
}

export default async function MyCasesPage() {
  await connection();
  const actor = await requirePermission("case.view_own");
  const t = await getTranslations("myCases");
  const [mine, calendar] = await Promise.all([listCitizenCases(await getDb(), actor.id), loadCalendar()]);
  const rows = await presentCaseRows(withLights(mine, calendar, new Date()), calendar, { contact: "shown" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <CaseTable
        rows={rows}
        labels={await caseTableLabels(t("title"), t("empty"))}
        show={["reference", "title", "category", "status", "light", "due", "created"]}
      />
    </div>
  );
}
