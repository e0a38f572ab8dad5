import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CaseTable } from "@/components/case-table";
import { TrafficLightBadge } from "@/components/traffic-light";
import { getDb } from "@/db/client";
import { listUnitCases } from "@/db/queries/cases";
import { findUnitName } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { byLightThenDue } from "@/lib/services/cases/case-lights";
import { WITH_UNIT_STATUSES } from "@/lib/domain/cases/lifecycle";
import { OverdueKnowledge } from "./overdue-knowledge";
import { UnitCards } from "./unit-cards";
import { UnitNotices } from "./unit-notices";
import { UnitRectifications } from "./unit-rectifications";

export async function generateMetadata() {
  return { title: (await getTranslations("unitDesk"))("title") };
}

/** A unit's inbox, sorted by traffic light then due date; only the unit's own cases. */
const LIGHTS = ["red", "yellow", "green"] as const;

export default async function UnitDeskPage({
  searchParams,
}: {
  searchParams: Promise<{ light?: string; status?: string }>;
}) {
  await connection();
  const actor = await requirePermission("case.view_unit");
  if (actor.unitId === null) notFound();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const [unit, cases, calendar] = await Promise.all([
    findUnitName(db, actor.unitId),
    listUnitCases(db, actor.unitId),
    loadCalendar(),
  ]);
  const lit = withLights(cases, calendar, new Date()).sort(byLightThenDue);
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const row of lit) if (row.light) counts[row.light] += 1;
  const filter = await searchParams;
  const light = LIGHTS.find((l) => l === filter.light);
  const status = [...WITH_UNIT_STATUSES].find((s) => s === filter.status);
  const shown = lit.filter((row) => (!light || row.light === light) && (!status || row.status === status));
  // A whistle-blower report naming a unit reaches its handlers without who filed it (docs/rules.md#privacy).
  const rows = await presentCaseRows(shown, calendar, {
    contact: (row) => (row.accusedUnitId === null ? "shown" : "redacted"),
  });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("unitDesk.title")}</h1>
        <p className="text-lg text-slate-700">{unit ? localized(locale, unit.nameZh, unit.nameEn) : ""}</p>
      </div>
      <ul className="flex flex-wrap gap-3" aria-label={t("unitDesk.countsLabel")}>
        {LIGHTS.map((l) => (
          <li key={l}>
            <a
              href={`/unit?light=${l}`}
              aria-current={light === l ? "true" : undefined}
              className={`flex items-center gap-2 rounded-lg border bg-white px-3 py-2 ${light === l ? "border-brand-700 ring-2 ring-brand-600" : "border-slate-200"}`}
            >
              <TrafficLightBadge light={l} label={t(`light.${l}`)} />
              <span className="text-xl font-bold tabular-nums">{counts[l]}</span>
            </a>
          </li>
        ))}
      </ul>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("unitDesk.filters")}>
        <label className="flex flex-col gap-1">
          {t("caseTable.light")}
          <select name="light" defaultValue={light ?? ""} className="rounded border border-slate-500 px-2 py-1">
            <option value="">{t("unitDesk.all")}</option>
            {LIGHTS.map((l) => (
              <option key={l} value={l}>
                {t(`light.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("caseTable.status")}
          <select name="status" defaultValue={status ?? ""} className="rounded border border-slate-500 px-2 py-1">
            <option value="">{t("unitDesk.all")}</option>
            {[...WITH_UNIT_STATUSES].map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 hover:bg-slate-100">
          {t("unitDesk.apply")}
        </button>
        <p className="text-slate-600" role="status">
          {t("unitDesk.showing", { shown: shown.length, total: lit.length })}
        </p>
      </form>
      <OverdueKnowledge unitId={actor.unitId} />
      <UnitRectifications unitId={actor.unitId} />
      <UnitNotices unitId={actor.unitId} />
      <UnitCards unitId={actor.unitId} />
      <CaseTable
        rows={rows}
        labels={await caseTableLabels(t("unitDesk.title"), t("unitDesk.empty"))}
        show={["reference", "title", "category", "status", "light", "due"]}
      />
    </div>
  );
}
