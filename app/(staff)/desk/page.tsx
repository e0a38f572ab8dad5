import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/case-table";
import { getDb } from "@/db/client";
import { listTriageQueue, triageCounts } from "@/db/queries/cases";
import { requirePermission } from "@/lib/auth/session";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

export async function generateMetadata() {
  return { title: (await getTranslations("desk"))("title") };
}

/** The dispatch centre's triage queue: new, disputed and problem cases. */
export default async function DeskPage() {
  await connection();
  await requirePermission("case.triage");
  const t = await getTranslations("desk");
  const db = await getDb();
  const [counts, queue, calendar] = await Promise.all([triageCounts(db), listTriageQueue(db), loadCalendar()]);
  const rows = await presentCaseRows(withLights(queue, calendar, new Date()), calendar, { contact: "shown" });
  const tiles = [
    { label: t("countSubmitted"), value: counts.submitted },
    { label: t("countDisputed"), value: counts.disputed },
    { label: t("countProblem"), value: counts.problem },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="queue-heading" className="space-y-3">
        <h2 id="queue-heading" className="text-xl font-semibold">
          {t("queueTitle")}
        </h2>
        <CaseTable
          rows={rows}
          labels={await caseTableLabels(t("queueTitle"), t("empty"))}
          show={["reference", "title", "category", "district", "status", "unit", "created"]}
        />
      </section>
    </div>
  );
}
