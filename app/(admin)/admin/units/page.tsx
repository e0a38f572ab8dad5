import { AdminPageHeader } from "@/components/admin-page-header";
import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listAllDistricts, listUnits } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import { hierarchyOrder } from "@/lib/domain/admin/unit-hierarchy";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { NamedCodesSection, namedCodesLabels } from "../named-codes-section";
import { createUnitAction, saveDistrictAction } from "./actions";
import { unitFields } from "./unit-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("units.title") };
}

/** The unit hierarchy as an indented table, and the form for a new unit. */
export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const tc = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const { done } = await searchParams;
  const doneMessage = done && t.has(`done.${done}` as never) ? t(`done.${done}` as never) : null;
  const db = await getDb();
  const rows = await listUnits(db);
  const districtRows = await listAllDistricts(db);
  const districtById = new Map(districtRows.map((d) => [d.id, d]));
  const byId = new Map(rows.map((u) => [u.id, u]));
  const tree = hierarchyOrder(rows);
  type Row = (typeof tree)[number];
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("name"),
      cell: ({ unit, depth }) => (
        <span style={{ paddingInlineStart: `${depth * 1.5}rem` }} className="inline-block">
          <Link href={`/admin/units/${unit.code}`} className="text-brand-700 underline">
            {localized(locale, unit.nameZh, unit.nameEn)}
          </Link>
        </span>
      ),
    },
    { key: "code", header: t("code"), cell: ({ unit }) => <span className="font-mono">{unit.code}</span> },
    { key: "class", header: t("units.unitClass"), cell: ({ unit }) => tc(`unitClass.${unit.unitClass}`) },
    {
      key: "parent",
      header: t("units.parent"),
      cell: ({ unit }) => {
        const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
        return parent ? localized(locale, parent.nameZh, parent.nameEn) : "—";
      },
    },
    {
      key: "district",
      header: t("units.district"),
      cell: ({ unit }) => {
        const district = unit.districtId === null ? undefined : districtById.get(unit.districtId);
        return district ? localized(locale, district.nameZh, district.nameEn) : "—";
      },
    },
    {
      key: "approval",
      header: t("units.replyApprovalShort"),
      cell: ({ unit }) => (unit.requiresReplyApproval ? t("yes") : t("no")),
    },
    {
      key: "status",
      header: t("status"),
      cell: ({ unit }) =>
        unit.active ? t("active") : <span className="font-medium text-red-800">{t("inactive")}</span>,
    },
  ];
  return (
    <div className="space-y-8">
      <AdminPageHeader backLabel={t("back")} title={t("units.title")} intro={t("units.intro")} />
      <StatusMessage>{doneMessage}</StatusMessage>
      <DataTable
        caption={t("units.caption", { count: rows.length })}
        columns={columns}
        rows={tree}
        rowKey={({ unit }) => unit.id}
        empty={t("empty")}
      />
      <CaseActionForm
        title={t("units.newTitle")}
        fields={[{ kind: "text", name: "code", label: t("code") }, ...(await unitFields(rows, districtRows, null))]}
        action={createUnitAction}
        initialValues={{ requiresReplyApproval: "false" }}
        submitLabel={t("units.newSubmit")}
        pendingLabel={t("pending")}
      />
      <NamedCodesSection
        id="districts"
        rows={districtRows}
        locale={locale}
        action={saveDistrictAction}
        labels={await namedCodesLabels("districts", districtRows.length)}
      />
    </div>
  );
}
