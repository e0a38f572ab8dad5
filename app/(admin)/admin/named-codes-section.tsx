import { getTranslations } from "next-intl/server";
import { type ActionState, CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

interface NamedCode {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface NamedCodesLabels {
  heading: string;
  intro: string;
  caption: string;
  code: string;
  name: string;
  nameZh: string;
  nameEn: string;
  formTitle: string;
  submit: string;
  pending: string;
  empty: string;
}

/** The section's words from `adminOrg`: shared ones, and `<area>.title|intro|caption|formTitle|submit`. */
export async function namedCodesLabels(area: "districts" | "groups", count: number): Promise<NamedCodesLabels> {
  const t = await getTranslations("adminOrg");
  return {
    heading: t(`${area}.title`),
    intro: t(`${area}.intro`),
    caption: t(`${area}.caption`, { count }),
    code: t("code"),
    name: t("name"),
    nameZh: t("nameZh"),
    nameEn: t("nameEn"),
    formTitle: t(`${area}.formTitle`),
    submit: t(`${area}.submit`),
    pending: t("pending"),
    empty: t("empty"),
  };
}

/** Districts or category groups: their list and one form that adds a new code or renames an existing one. */
export function NamedCodesSection({
  id,
  rows,
  locale,
  labels,
  action,
}: {
  id: string;
  rows: readonly NamedCode[];
  locale: Locale;
  labels: NamedCodesLabels;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const columns: Column<NamedCode>[] = [
    { key: "name", header: labels.name, cell: (r) => localized(locale, r.nameZh, r.nameEn) },
    { key: "code", header: labels.code, cell: (r) => <span className="font-mono">{r.code}</span> },
  ];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {labels.heading}
      </h2>
      <p className="text-slate-700">{labels.intro}</p>
      <DataTable
        caption={labels.caption}
        columns={columns}
        rows={[...rows]}
        rowKey={(r) => r.id}
        empty={labels.empty}
      />
      <CaseActionForm
        title={labels.formTitle}
        fields={[
          { kind: "text", name: "code", label: labels.code },
          { kind: "text", name: "nameZh", label: labels.nameZh },
          { kind: "text", name: "nameEn", label: labels.nameEn },
        ]}
        action={action}
        submitLabel={labels.submit}
        pendingLabel={labels.pending}
      />
    </section>
  );
}
