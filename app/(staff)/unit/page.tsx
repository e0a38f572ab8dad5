import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { CaseTable } from "@/components/case-table";
import { TrafficLightBadge } from "@/components/traffic-light";
import { getDb } from "@/db/client";
import { listUnitCases } from "@/db/queries/cases";
import { units } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { byLightThenDue } from "@/lib/services/cases/case-lights";

export async function generateMetadata() {
  return { title: (await getTranslations("unitDesk"))("title") };
}

/** A unit's inbox, sorted by traffic light then due date; only the unit's own cases. */
export default async function UnitDeskPage() {
  await connection();
  const actor = await requirePermission("case.view_unit");
  if (actor.unitId === null) notFound();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const [[unit], cases, calendar] = await Promise.all([db.select().from(units).where(eq(units.id, actor.unitId)), listUnitCases(db, actor.unitId), loadCalendar()]);
  const lit = withLights(cases, calendar, new Date()).sort(byLightThenDue);
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const row of lit) if (row.light) counts[row.light] += 1;
  const rows = await presentCaseRows(lit, calendar);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("unitDesk.title")}</h1>
        <p className="text-lg text-slate-700">{unit ? localized(locale, unit.nameZh, unit.nameEn) : ""}</p>
      </div>
      <ul className="flex flex-wrap gap-3" aria-label={t("unitDesk.countsLabel")}>
        {(["red", "yellow", "green"] as const).map((light) => (
          <li key={light} className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2">
            <TrafficLightBadge light={light} label={t(`light.${light}`)} />
            <span className="text-xl font-bold tabular-nums">{counts[light]}</span>
          </li>
        ))}
      </ul>
      <CaseTable rows={rows} labels={await caseTableLabels(t("unitDesk.title"), t("unitDesk.empty"))} show={["reference", "title", "category", "status", "light", "due"]} />
    </div>
  );
}
