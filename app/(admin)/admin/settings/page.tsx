import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { type ActionField, CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listChangesToSubject } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { SETTINGS_AUDIT_SUBJECT } from "@/lib/services/admin/settings";
import { type Settings, forgetSettings, loadSettings } from "@/lib/services/settings";
import { saveGoLiveAction, savePetitionSettingsAction, saveSettingsAction } from "./actions";
import { PETITION_SETTING_FIELDS } from "@/lib/validation/petitions";
import { LedgerSettingsForm } from "./ledger-settings-form";

const FIELDS = [
  "feedbackWindowWorkingDays",
  "rehandleLimit",
  "problemCaseThreshold",
  "minimumSample",
  "badRatingAnswerWorkingDays",
  "nearbyDuplicateMetres",
] as const satisfies readonly (keyof Settings)[];
/** Shown in the history with the form's fields. */
const HISTORY_FIELDS = [...FIELDS, "goLiveDate", "publishOfficialNames"] as const satisfies readonly (keyof Settings)[];
const HISTORY_ROWS = 20;

export async function generateMetadata() {
  return { title: (await getTranslations("adminRules"))("settings.title") };
}

function changes(
  before: unknown,
  after: unknown,
): { field: (typeof HISTORY_FIELDS)[number]; from: unknown; to: unknown }[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  return HISTORY_FIELDS.filter((field) => from[field] !== to[field]).map((field) => ({
    field,
    from: from[field],
    to: to[field],
  }));
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminRules");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const db = await getDb();
  forgetSettings(db);
  const settings = await loadSettings(db);
  const { done } = await searchParams;
  const history = await listChangesToSubject(db, SETTINGS_AUDIT_SUBJECT, HISTORY_ROWS);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  type Entry = (typeof history)[number];
  const columns: Column<Entry>[] = [
    {
      key: "when",
      header: t("settings.when"),
      cell: (e) => <time dateTime={e.occurredAt.toISOString()}>{when.format(e.occurredAt)}</time>,
    },
    { key: "who", header: t("settings.who"), cell: (e) => e.name ?? e.email ?? t("settings.system") },
    {
      key: "change",
      header: t("settings.change"),
      cell: (e) => {
        const list = changes(e.before, e.after);
        if (list.length === 0) return t("settings.unchanged");
        return (
          <ul>
            {list.map((c) => (
              <li key={c.field}>
                {t(`settings.field.${c.field}`)}: {String(c.from ?? "—")} → {String(c.to ?? "—")}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  const fields: ActionField[] = FIELDS.map((field) => ({
    kind: "number",
    name: field,
    label: t(`settings.field.${field}`),
    min: 0,
  }));
  const initialValues = Object.fromEntries(FIELDS.map((field) => [field, String(settings[field])]));
  const tp = await getTranslations("petitions");
  const petitionFields: ActionField[] = PETITION_SETTING_FIELDS.map((field) => ({
    kind: "number",
    name: field,
    label: tp(`settings.${field}`),
    min: 1,
  }));
  const petitionValues = Object.fromEntries(PETITION_SETTING_FIELDS.map((field) => [field, String(settings[field])]));
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("settings.title")}</h1>
      {done === "saved" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {t("settings.saved")}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">{t("settings.intro")}</p>
      <div className="max-w-2xl">
        <CaseActionForm
          key={JSON.stringify(initialValues)}
          title={t("settings.formTitle")}
          fields={fields}
          action={saveSettingsAction}
          submitLabel={t("settings.save")}
          pendingLabel={t("settings.saving")}
          initialValues={initialValues}
        />
      </div>
      <div className="max-w-2xl">
        <CaseActionForm
          key={settings.goLiveDate ?? ""}
          title={t("settings.goLive.title")}
          description={t("settings.goLive.lead")}
          fields={[{ kind: "date", name: "goLiveDate", label: t("settings.field.goLiveDate") }]}
          action={saveGoLiveAction}
          submitLabel={t("settings.save")}
          pendingLabel={t("settings.saving")}
          initialValues={{ goLiveDate: settings.goLiveDate ?? "" }}
        />
      </div>
      <div className="max-w-2xl">
        <CaseActionForm
          key={JSON.stringify(petitionValues)}
          title={tp("settings.title")}
          description={tp("settings.lead")}
          fields={petitionFields}
          action={savePetitionSettingsAction}
          submitLabel={t("settings.save")}
          pendingLabel={t("settings.saving")}
          initialValues={petitionValues}
        />
      </div>
      <LedgerSettingsForm publish={settings.publishOfficialNames} />
      <section aria-labelledby="settings-history-heading" className="space-y-3">
        <h2 id="settings-history-heading" className="text-xl font-semibold">
          {t("settings.historyTitle")}
        </h2>
        <DataTable
          caption={t("settings.historyCaption")}
          columns={columns}
          rows={history}
          rowKey={(e) => e.id}
          empty={t("settings.emptyHistory")}
        />
      </section>
    </div>
  );
}
