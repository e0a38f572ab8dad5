import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { listDistricts } from "@/db/queries/filing";
import { findUnitForEditing, listUnitNames } from "@/db/queries/organisation";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { setUnitActiveAction, updateUnitAction } from "../actions";
import { unitFields, unitFormValues } from "../unit-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("units.title") };
}

/** Edit one unit: names, class, parent, district, reply approval, contacts; deactivate or reactivate it. */
export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const { code } = await params;
  const { done } = await searchParams;
  const db = await getDb();
  const unit = await findUnitForEditing(db, decodeURIComponent(code));
  if (!unit) notFound();
  const all = await listUnitNames(db);
  const districtRows = await listDistricts(db);
  const doneMessage = done && t.has(`done.${done}` as never) ? t(`done.${done}` as never) : null;
  const name = localized(locale, unit.nameZh, unit.nameEn);
  const toggle = unit.active ? "deactivate" : "reactivate";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href="/admin/units" className="text-sm text-brand-700 underline">
          {t("units.title")}
        </Link>
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <p className="text-slate-700">
          <span className="font-mono">{unit.code}</span> · {unit.active ? t("active") : t("inactive")}
        </p>
      </header>
      <StatusMessage>{doneMessage}</StatusMessage>
      <CaseActionForm
        // Remount after a save so the form shows the stored values.
        key={`edit-${done ?? ""}`}
        title={t("units.editTitle", { name })}
        fields={await unitFields(all, districtRows, unit.id)}
        action={updateUnitAction.bind(null, unit.id)}
        submitLabel={t("units.editSubmit")}
        pendingLabel={t("pending")}
        initialValues={unitFormValues(unit)}
      />
      <CaseActionForm
        key={`toggle-${unit.active}`}
        title={t(`units.${toggle}Title`)}
        description={t(`units.${toggle}Description`)}
        fields={[]}
        action={setUnitActiveAction.bind(null, unit.id, !unit.active)}
        submitLabel={t(`units.${toggle}Submit`)}
        pendingLabel={t("pending")}
      />
    </div>
  );
}
