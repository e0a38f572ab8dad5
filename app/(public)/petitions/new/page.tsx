import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCategoryGroups } from "@/db/queries/filing";
import { currentActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadSettings } from "@/lib/services/settings";
import { createDraftAction } from "../actions";
import { DraftForm } from "./draft-form";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("new.title") };
}

/** Citizens start petitions signed in (the emailed sign-in link proves their address). */
export default async function NewPetitionPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(`/signin?next=${encodeURIComponent("/petitions/new")}`);
  if (actor.role !== "citizen") notFound();
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const [groups, settings] = await Promise.all([listCategoryGroups(db), loadSettings(db)]);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("new.title")}</h1>
        <p className="text-slate-700">
          {t("new.lead", { supporters: settings.petitionSupportersRequired, months: settings.petitionOpenMonths })}
        </p>
        <p className="text-sm text-slate-600">{t("new.privacy")}</p>
      </header>
      <DraftForm
        action={createDraftAction}
        groups={groups.map((g) => ({
          label: localized(locale, g.nameZh, g.nameEn),
          options: g.categories.map((c) => ({ value: String(c.id), label: localized(locale, c.nameZh, c.nameEn) })),
        }))}
        labels={{
          title: t("new.fieldTitle"),
          titleHint: t("new.fieldTitleHint"),
          action: t("new.fieldAction"),
          actionHint: t("new.fieldActionHint"),
          background: t("new.fieldBackground"),
          category: t("new.fieldCategory"),
          chooseCategory: t("new.chooseCategory"),
          showName: t("new.showName"),
          showNameOption: t("new.showNameOption"),
          creatorName: t("new.creatorName"),
          creatorNameHint: t("new.creatorNameHint"),
          submit: t("new.submit"),
          submitAnyway: t("new.submitAnyway"),
          pending: t("pending"),
          similarTitle: t("new.similarTitle"),
          similarLead: t("new.similarLead"),
          signaturesOf: t("new.signaturesOf", { count: "{count}" }),
        }}
      />
    </div>
  );
}
