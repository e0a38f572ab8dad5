import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { listUnitNames } from "@/db/queries/organisation";
import { leadUnitOfCase } from "@/db/queries/supervision-notices";
import { requirePermission } from "@/lib/auth/session";
import { DEFAULT_NOTICE_WORKING_DAYS, NOTICE_LEVELS } from "@/lib/domain/supervision/notices";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { issueNoticeAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("form.title") };
}

/** The form that issues a notice; `?case=<reference>` starts it on that case and its lead unit. */
export default async function NewNoticePage({ searchParams }: { searchParams: Promise<{ case?: string }> }) {
  await connection();
  await requirePermission("supervision.act");
  const t = await getTranslations("notices");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const reference = (await searchParams).case?.trim().slice(0, 40) ?? "";
  const [unitNames, leadUnitId] = await Promise.all([
    listUnitNames(db),
    reference ? leadUnitOfCase(db, reference) : Promise.resolve(null),
  ]);
  const unitOptions = unitNames
    .filter((unit) => unit.active)
    .map((unit) => ({ value: String(unit.id), label: localized(locale, unit.nameZh, unit.nameEn) }));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/supervision/notices" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("form.title")}</h1>
      <CaseActionForm
        title={t("form.title")}
        description={t("form.description")}
        action={issueNoticeAction}
        submitLabel={t("form.submit")}
        pendingLabel={t("form.pending")}
        initialValues={{
          unitId: leadUnitId === null ? "" : String(leadUnitId),
          level: "general",
          references: leadUnitId === null ? "" : reference,
          workingDays: String(DEFAULT_NOTICE_WORKING_DAYS),
        }}
        fields={[
          {
            kind: "select",
            name: "unitId",
            label: t("form.unit"),
            options: unitOptions,
            placeholder: t("form.unitPlaceholder"),
          },
          {
            kind: "radios",
            name: "level",
            label: t("form.level"),
            options: NOTICE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
          },
          { kind: "textarea", name: "references", label: t("form.references"), rows: 2 },
          { kind: "text", name: "topic", label: t("form.topic") },
          { kind: "textarea", name: "demand", label: t("form.demand"), rows: 5 },
          { kind: "number", name: "workingDays", label: t("form.workingDays"), min: 1, max: 30 },
        ]}
      />
    </div>
  );
}
