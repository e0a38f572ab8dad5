import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { listUnitsWithParent } from "@/db/queries/organisation";
import { listStaffAccounts } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { calendarCoverage } from "@/lib/domain/calendar/coverage";
import { createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { CalendarWarning } from "./calendar-warning";

const ADMIN_SECTIONS = [
  "units",
  "categories",
  "catalogue",
  "areas",
  "sla",
  "calendar",
  "settings",
  "users",
  "knowledge",
  "import",
  "mail",
  "jobs",
] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

/** First cut of administration: the unit hierarchy and the staff accounts. */
export default async function AdminPage() {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const unitRows = await listUnitsWithParent(db);
  const staff = await listStaffAccounts(db);
  const calendarDefinition = await loadCalendarDefinition(db);
  const coverage = calendarCoverage(
    calendarDefinition,
    createWorkingCalendar(calendarDefinition).localDate(new Date()),
  );
  type UnitRow = (typeof unitRows)[number];
  type StaffRow = (typeof staff)[number];
  const unitColumns: Column<UnitRow>[] = [
    { key: "code", header: t("admin.code"), cell: (r) => <span className="font-mono">{r.code}</span> },
    { key: "name", header: t("admin.name"), cell: (r) => localized(locale, r.nameZh, r.nameEn) },
    { key: "class", header: t("admin.unitClass"), cell: (r) => t(`unitClass.${r.unitClass}`) },
    { key: "parent", header: t("admin.parent"), cell: (r) => localized(locale, r.parentZh, r.parentEn) || "—" },
    { key: "active", header: t("admin.active"), cell: (r) => (r.active ? t("common.yes") : t("common.no")) },
  ];
  const staffColumns: Column<StaffRow>[] = [
    { key: "email", header: t("admin.email"), cell: (r) => r.email },
    { key: "name", header: t("admin.name"), cell: (r) => r.name ?? "—" },
    { key: "role", header: t("admin.role"), cell: (r) => t(`roles.${r.role}`) },
    { key: "unit", header: t("admin.unit"), cell: (r) => localized(locale, r.unitZh, r.unitEn) || "—" },
    { key: "active", header: t("admin.active"), cell: (r) => (r.active ? t("common.yes") : t("common.no")) },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("admin.title")}</h1>
      <CalendarWarning coverage={coverage} />
      <nav aria-label={t("admin.sections")}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {ADMIN_SECTIONS.map((section) => (
            <li key={section}>
              <Link
                href={`/admin/${section}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 hover:border-brand-600"
              >
                {t(`admin.section.${section}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link
              href="/admin/audit"
              className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 hover:border-brand-600"
            >
              {t("adminOrg.audit.title")}
            </Link>
          </li>
          <li>
            <Link
              href="/admin/scorecards"
              className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 hover:border-brand-600"
            >
              {t("scorecards.admin.link")}
            </Link>
          </li>
          <li>
            <Link
              href="/admin/open311"
              className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 hover:border-brand-600"
            >
              {t("open311.admin.title")}
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-xl font-semibold">
          {t("admin.units", { count: unitRows.length })}
        </h2>
        <DataTable
          caption={t("admin.units", { count: unitRows.length })}
          columns={unitColumns}
          rows={unitRows}
          rowKey={(r) => r.id}
          empty={t("admin.empty")}
        />
      </section>
      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-xl font-semibold">
          {t("admin.staff", { count: staff.length })}
        </h2>
        <DataTable
          caption={t("admin.staff", { count: staff.length })}
          columns={staffColumns}
          rows={staff}
          rowKey={(r) => r.id}
          empty={t("admin.empty")}
        />
      </section>
    </div>
  );
}
