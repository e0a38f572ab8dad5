import { getLocale, getTranslations } from "next-intl/server";
import type { ActionField } from "@/components/case-action-form";
import { UNIT_CLASSES } from "@/lib/domain/cases/vocabulary";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

interface UnitOption {
  id: number;
  nameZh: string;
  nameEn: string;
}

/** The fields of the new-unit and edit-unit forms; a unit is not offered as its own parent. */
export async function unitFields(
  allUnits: readonly UnitOption[],
  districts: readonly UnitOption[],
  editing: number | null,
): Promise<ActionField[]> {
  const t = await getTranslations("adminOrg");
  const tc = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return [
    { kind: "text", name: "nameZh", label: t("nameZh") },
    { kind: "text", name: "nameEn", label: t("nameEn") },
    {
      kind: "select",
      name: "unitClass",
      label: t("units.unitClass"),
      placeholder: t("units.classPlaceholder"),
      options: UNIT_CLASSES.map((c) => ({ value: c, label: tc(`unitClass.${c}`) })),
    },
    {
      kind: "select",
      name: "parentId",
      label: t("units.parent"),
      placeholder: t("units.noParent"),
      options: allUnits
        .filter((u) => u.id !== editing)
        .map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
    },
    {
      kind: "select",
      name: "districtId",
      label: t("units.district"),
      placeholder: t("units.noDistrict"),
      options: districts.map((d) => ({ value: String(d.id), label: localized(locale, d.nameZh, d.nameEn) })),
    },
    {
      kind: "radios",
      name: "requiresReplyApproval",
      label: t("units.replyApproval"),
      options: [
        { value: "false", label: t("units.replyApprovalNo") },
        { value: "true", label: t("units.replyApprovalYes") },
      ],
    },
    { kind: "text", name: "contactPhone", label: t("units.contactPhone") },
    { kind: "text", name: "contactEmail", label: t("units.contactEmail") },
    { kind: "text", name: "contactAddress", label: t("units.contactAddress") },
  ];
}

/** The stored unit as the edit form's initial values. */
export function unitFormValues(unit: {
  nameZh: string;
  nameEn: string;
  unitClass: string;
  parentId: number | null;
  districtId: number | null;
  requiresReplyApproval: boolean;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
}): Record<string, string> {
  return {
    nameZh: unit.nameZh,
    nameEn: unit.nameEn,
    unitClass: unit.unitClass,
    parentId: unit.parentId === null ? "" : String(unit.parentId),
    districtId: unit.districtId === null ? "" : String(unit.districtId),
    requiresReplyApproval: String(unit.requiresReplyApproval),
    contactPhone: unit.contactPhone ?? "",
    contactEmail: unit.contactEmail ?? "",
    contactAddress: unit.contactAddress ?? "",
  };
}
