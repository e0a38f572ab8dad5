import { getLocale, getTranslations } from "next-intl/server";
import type { ActionField } from "@/components/case-action-form";
import type { Queryable } from "@/db/client";
import { listAllCategoryGroups } from "@/db/queries/organisation";
import { listSlaPolicyNames } from "@/db/queries/sla-policies";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

/** The fields of the new-category and edit-category forms. */
export async function categoryFields(db: Queryable): Promise<ActionField[]> {
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const groups = await listAllCategoryGroups(db);
  const policies = await listSlaPolicyNames(db);
  return [
    {
      kind: "select",
      name: "groupId",
      label: t("categories.group"),
      placeholder: t("categories.groupPlaceholder"),
      options: groups.map((g) => ({ value: String(g.id), label: localized(locale, g.nameZh, g.nameEn) })),
    },
    { kind: "text", name: "nameZh", label: t("nameZh") },
    { kind: "text", name: "nameEn", label: t("nameEn") },
    {
      kind: "select",
      name: "slaPolicyId",
      label: t("categories.sla"),
      placeholder: t("categories.slaPlaceholder"),
      options: policies.map((p) => ({ value: String(p.id), label: localized(locale, p.nameZh, p.nameEn) })),
    },
    { kind: "textarea", name: "keywordsZh", label: t("categories.keywordsZh"), rows: 2 },
    { kind: "textarea", name: "keywordsEn", label: t("categories.keywordsEn"), rows: 2 },
  ];
}
