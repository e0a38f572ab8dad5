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
export async function unitFields(allUnits: readonly UnitOption[], editing: number | null): Promise<ActionField[]> {
  const t = await getTranslations("adminOrg");
  const tc = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return [
    { kind: "text", name: "nameZh", label: t("nameZh") },
    { kind: "text", name: "nameEn", label: t("nameEn") },
    { kind: "select", name: "unitClass", label: t("units.unitClass"), placeholder: t("units.classPlaceholder"), options: UNIT_CLASSES.map((c) => ({ value: c, label: tc(`unitClass.${c}`) })) },
    {
      kind: "select",
      name: "parentId",
      label: t("units.parent"),
      placeholder: t("units.noParent"),
      options: allUnits.filter((u) => u.id !== editing).map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
    },
  ];
}
