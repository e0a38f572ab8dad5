import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/case-table";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listOpenCasesWithUnit } from "@/db/queries/cases";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { caseTableLabels, presentCaseRows, withLights } from "@/lib/presenters/case-rows";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { byLightThenDue } from "@/lib/services/cases/case-lights";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("title") };
}

interface UnitLights {
  unit: string;
  green: number;
  yellow: number;
  red: number;
}

/** Open cases by light and unit, the overdue list and the problem cases. */
export default async function SupervisionPage() {
  await connection();
  await requirePermission("supervision.view");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const [open, calendar] = await Promise.all([listOpenCasesWithUnit(await getDb()), loadCalendar()]);
  const lit = withLights(open, calendar, new Date()).sort(byLightThenDue);

  const byUnit = new Map<string, UnitLights>();
  for (const row of lit) {
    const unit = localized(locale, row.unitZh, row.unitEn);
    const entry = byUnit.get(unit) ?? { unit, green: 0, yellow: 0, red: 0 };
    if (row.light) entry[row.light] += 1;
    byUnit.set(unit, entry);
  }
  const unitRows = [...byUnit.values()].sort(
    (a, b) => b.red - a.red || b.yellow - a.yellow || a.unit.localeCompare(b.unit),
  );
  const columns: Column<UnitLights>[] = [
    { key: "unit", header: t("caseTable.unit"), cell: (r) => r.unit },
    { key: "red", header: t("light.red"), cell: (r) => r.red, numeric: true },
    { key: "yellow", header: t("light.yellow"), cell: (r) => r.yellow, numeric: true },
    { key: "green", header: t("light.green"), cell: (r) => r.green, numeric: true },
  ];
  const overdue = await presentCaseRows(
    lit.filter((r) => r.light === "red"),
    calendar,
    { contact: "redacted" },
  );
  const problem = await presentCaseRows(
    lit.filter((r) => r.problemCase),
    calendar,
    { contact: "redacted" },
  );

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("supervision.title")}</h1>
      <p>
        <Link href="/supervision/appraisals" className="text-brand-700 underline">
          {t("appraisal.supervision.link")}
        </Link>
      </p>
      <p>
        <Link href="/supervision/cards" className="text-brand-700 underline">
          {t("cards.board.link")}
        </Link>
      </p>
      <p>
        <Link href="/supervision/notices" className="text-brand-700 underline">
          {t("notices.link")}
        </Link>
      </p>
      <p>
        <Link href="/supervision/accountability" className="text-brand-700 underline">
          {t("accountability.board.link")}
        </Link>
      </p>
      <p>
        <Link href="/supervision/rectifications" className="text-brand-700 underline">
          {t("rectifications.board.link")}
        </Link>
      </p>
      <section aria-labelledby="by-unit" className="space-y-3">
        <h2 id="by-unit" className="text-xl font-semibold">
          {t("supervision.byUnit")}
        </h2>
        <DataTable
          caption={t("supervision.byUnit")}
          columns={columns}
          rows={unitRows}
          rowKey={(r) => r.unit}
          empty={t("supervision.empty")}
        />
      </section>
      <section aria-labelledby="overdue" className="space-y-3">
        <h2 id="overdue" className="text-xl font-semibold">
          {t("supervision.overdue", { count: overdue.length })}
        </h2>
        <CaseTable
          rows={overdue}
          labels={await caseTableLabels(t("supervision.overdue", { count: overdue.length }), t("supervision.empty"))}
          show={["reference", "title", "unit", "status", "due"]}
        />
      </section>
      <section aria-labelledby="problem" className="space-y-3">
        <h2 id="problem" className="text-xl font-semibold">
          {t("supervision.problem", { count: problem.length })}
        </h2>
        <CaseTable
          rows={problem}
          labels={await caseTableLabels(t("supervision.problem", { count: problem.length }), t("supervision.empty"))}
          show={["reference", "title", "unit", "status", "light", "due"]}
        />
      </section>
    </div>
  );
}
