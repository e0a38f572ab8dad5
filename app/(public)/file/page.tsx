import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCategoryGroups, listDistricts } from "@/db/queries/filing";
import { listActiveUnits } from "@/db/queries/metrics";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { CATALOGUES } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { CITIZEN_CASE_TYPES, FILING_FIELDS, type FilingValues, OPERATOR_CHANNELS } from "@/lib/validation/case-filing";
import { env } from "@/lib/env";
import { submitFiling } from "./actions";
import { FilingForm } from "./filing-form";

/** The filing map's tiles and opening point, from the environment (README, docs/maps.md). */
function mapSettings() {
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION, MAP_CENTRE } = env();
  const [latitude = 0, longitude = 0] = MAP_CENTRE.split(",").map(Number);
  return { tileUrl: MAP_TILE_URL.trim() || null, attribution: MAP_TILE_ATTRIBUTION, centre: { latitude, longitude } };
}

export async function generateMetadata() {
  return { title: (await getTranslations("filing"))("title") };
}

/** The filing form: open to guests, citizens and operators (who enter cases for callers). */
export default async function FilePage() {
  await connection();
  const actor = await currentActor();
  if (actor && !can(actor.role, "case.file")) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const db = await getDb();
  const [groups, districts, units] = await Promise.all([
    listCategoryGroups(db),
    listDistricts(db),
    listActiveUnits(db),
  ]);
  const operator = actor?.role === "operator";

  const values = Object.fromEntries(FILING_FIELDS.map((field) => [field, ""])) as FilingValues;
  values.type = "complaint";
  // A fresh key per form shown: submitting this form twice files one case.
  values.idempotencyKey = randomUUID();
  if (actor?.role === "citizen") {
    values.name = actor.name ?? "";
    values.email = actor.email;
  }
  if (operator) values.channel = "phone";

  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("filing.title")}</h1>
        <p className="text-slate-700">{t("filing.lead")}</p>
        <p className="text-sm text-slate-600">{t("filing.privacyNote")}</p>
      </header>
      <FilingForm
        action={submitFiling}
        initial={{ step: "describe", values }}
        labels={{
          ...CATALOGUES[locale].filing.form,
          similarTitle: t("filing.similar.title"),
          answersTitle: t("filing.form.answersTitle"),
          answersLead: t("filing.form.answersLead"),
          similarLead: t("filing.similar.lead"),
          similarNone: t("filing.similar.none"),
          stepCheck: t("filing.stepCheck"),
          stepReview: t("filing.stepReview"),
        }}
        types={CITIZEN_CASE_TYPES.map((type) => ({ value: type, label: t(`caseType.${type}`) }))}
        groups={groups.map((group) => ({
          label: localized(locale, group.nameZh, group.nameEn),
          options: group.categories.map((c) => ({ value: String(c.id), label: localized(locale, c.nameZh, c.nameEn) })),
        }))}
        districts={districts.map((d) => ({ value: String(d.id), label: localized(locale, d.nameZh, d.nameEn) }))}
        units={units.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) }))}
        map={mapSettings()}
        channels={
          operator ? OPERATOR_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) })) : null
        }
      />
    </div>
  );
}
