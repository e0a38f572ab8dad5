import { AdminPageHeader } from "@/components/admin-page-header";
import { StatusMessage } from "@/components/ui/status-message";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listDistricts } from "@/db/queries/filing";
import { listCategoryNames, listDispatchEntries, listUnitNames } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import { entryStandings } from "@/lib/domain/admin/catalogue-rules";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { addDispatchEntryAction } from "./actions";
import { type ProbeParams, RoutingTester } from "./routing-tester";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("catalogue.title") };
}

type SearchParams = ProbeParams & { category?: string; done?: string };

/** 派单目录: the entries (filterable by category), the form to add one, and the routing tester. */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const params = await searchParams;
  const doneMessage = params.done && t.has(`done.${params.done}` as never) ? t(`done.${params.done}` as never) : null;
  const db = await getDb();
  const today = (await loadCalendar(db)).localDate(new Date());
  const filter = params.category && /^\d+$/.test(params.category) ? Number(params.category) : null;

  const [allCategories, allDistricts, allUnits, rows] = await Promise.all([
    listCategoryNames(db),
    listDistricts(db),
    listUnitNames(db),
    listDispatchEntries(db, filter),
  ]);
  // Standing is judged against every entry of the category, which the filter always keeps whole.
  const standings = entryStandings(rows, today);
  const name = (r: { nameZh: string; nameEn: string }) => localized(locale, r.nameZh, r.nameEn);
  const unitNames = new Map(allUnits.map((u) => [u.id, name(u)]));
  const categoryOptions = allCategories.map((c) => ({
    value: String(c.id),
    label: c.active ? name(c) : `${name(c)} (${t("inactive")})`,
  }));
  const districtOptions = allDistricts.map((d) => ({ value: String(d.id), label: name(d) }));
  const activeUnitOptions = allUnits.filter((u) => u.active).map((u) => ({ value: String(u.id), label: name(u) }));

  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "id", header: "#", cell: (r) => t("catalogue.entry", { id: r.id }) },
    { key: "category", header: t("catalogue.category"), cell: (r) => localized(locale, r.categoryZh, r.categoryEn) },
    {
      key: "district",
      header: t("catalogue.district"),
      cell: (r) => localized(locale, r.districtZh, r.districtEn) || t("catalogue.allDistricts"),
    },
    {
      key: "lead",
      header: t("catalogue.lead"),
      cell: (r) => (
        <>
          {localized(locale, r.leadZh, r.leadEn)}
          {r.leadActive ? null : (
            <span className="block text-sm font-medium text-red-800">{t("catalogue.leadInactive")}</span>
          )}
        </>
      ),
    },
    {
      key: "co",
      header: t("catalogue.coUnits"),
      cell: (r) => r.coUnits.map(name).join(locale === "en" ? ", " : "、") || "—",
    },
    {
      key: "from",
      header: t("catalogue.effectiveFromShort"),
      cell: (r) => <span className="tabular-nums">{r.effectiveFrom}</span>,
    },
    {
      key: "standing",
      header: t("status"),
      cell: (r) => t(`catalogue.standing.${standings.get(r.id) ?? "superseded"}`),
    },
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeader backLabel={t("back")} title={t("catalogue.title")} intro={t("catalogue.intro")} />
      <StatusMessage>{doneMessage}</StatusMessage>
      <form
        method="get"
        action="/admin/catalogue"
        className="flex flex-wrap items-end gap-3"
        role="search"
        aria-label={t("catalogue.filterLabel")}
      >
        <div className="flex max-w-full flex-col gap-1">
          <label htmlFor="catalogue-filter" className="font-medium text-slate-800">
            {t("catalogue.filterLabel")}
          </label>
          <select
            id="catalogue-filter"
            name="category"
            defaultValue={filter === null ? "" : String(filter)}
            className="rounded-md border border-slate-500 px-3 py-2"
          >
            <option value="">{t("catalogue.filterAll")}</option>
            {categoryOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-slate-50"
        >
          {t("catalogue.filterSubmit")}
        </button>
      </form>
      <DataTable
        caption={t("catalogue.caption", { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("empty")}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <CaseActionForm
          title={t("catalogue.addTitle")}
          description={t("catalogue.addDescription")}
          fields={[
            {
              kind: "select",
              name: "categoryId",
              label: t("catalogue.category"),
              placeholder: t("catalogue.categoryPlaceholder"),
              options: categoryOptions,
            },
            {
              kind: "select",
              name: "districtId",
              label: t("catalogue.district"),
              placeholder: t("catalogue.allDistricts"),
              options: districtOptions,
            },
            {
              kind: "select",
              name: "leadUnitId",
              label: t("catalogue.lead"),
              placeholder: t("catalogue.leadPlaceholder"),
              options: activeUnitOptions,
            },
            { kind: "checkboxes", name: "coUnitIds", label: t("catalogue.coUnits"), options: activeUnitOptions },
            { kind: "text", name: "effectiveFrom", label: t("catalogue.effectiveFrom") },
          ]}
          action={addDispatchEntryAction}
          submitLabel={t("catalogue.addSubmit")}
          pendingLabel={t("pending")}
          initialValues={{ categoryId: filter === null ? "" : String(filter), effectiveFrom: today }}
        />
        <RoutingTester
          db={db}
          params={params}
          today={today}
          categoryOptions={categoryOptions}
          districtOptions={districtOptions}
          unitName={(id) => unitNames.get(id) ?? `#${id}`}
          keep={filter === null ? {} : { category: String(filter) }}
        />
      </div>
    </div>
  );
}
