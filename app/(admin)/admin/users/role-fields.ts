import { getLocale, getTranslations } from "next-intl/server";
import type { ActionField } from "@/components/case-action-form";
import type { Database } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import { ROLES, STAFF_ROLES } from "@/lib/domain/access/roles";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

/** The role and unit selects shared by the invite form and the per-user form. */
export async function roleAndUnitFields(db: Database): Promise<ActionField[]> {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const unitRows = await listActiveUnits(db);
  return [
    {
      kind: "select",
      name: "role",
      label: t("adminPeople.fields.role"),
      placeholder: t("adminPeople.fields.chooseRole"),
      options: ROLES.filter((r) => STAFF_ROLES.has(r)).map((r) => ({ value: r, label: t(`roles.${r}`) })),
    },
    {
      kind: "select",
      name: "unitId",
      label: t("adminPeople.fields.unit"),
      placeholder: t("adminPeople.fields.noUnit"),
      options: unitRows.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
    },
  ];
}
