import { getTranslations } from "next-intl/server";
import { type ActionField, CaseActionForm, type CaseFormAction } from "@/components/case-action-form";
import type { slaPolicies } from "@/db/schema";
import { CLOCK_KINDS } from "@/lib/domain/cases/vocabulary";
import { SLA_LIMIT_FIELDS } from "@/lib/validation/admin-rules";

type Policy = typeof slaPolicies.$inferSelect;

export const NEW_POLICY_VALUES: Record<string, string> = {
  clockKind: "working_days",
  replyLimit: "5",
  maxExtensions: "1",
  warningFraction: "0.2",
  warningMinimumWorkingDays: "1",
  yellowCardAfterWorkingDays: "1",
  redCardAfterWorkingDays: "3",
  disputeWindowWorkingDays: "5",
};

export function policyValues(policy: Policy): Record<string, string> {
  const text = (value: number | null) => (value === null ? "" : String(value));
  return {
    code: policy.code,
    nameZh: policy.nameZh,
    nameEn: policy.nameEn,
    clockKind: policy.clockKind,
    ...Object.fromEntries(SLA_LIMIT_FIELDS.map((field) => [field, text(policy[field])])),
  };
}

/** The new/edit form of an SLA policy: a plain form, errors by their fields, values kept. */
export async function PolicyForm({
  title,
  action,
  initialValues,
}: {
  title: string;
  action: CaseFormAction;
  initialValues: Record<string, string>;
}) {
  const t = await getTranslations("adminRules");
  const fields: ActionField[] = [
    { kind: "text", name: "code", label: t("sla.field.code") },
    { kind: "text", name: "nameZh", label: t("sla.field.nameZh") },
    { kind: "text", name: "nameEn", label: t("sla.field.nameEn") },
    {
      kind: "select",
      name: "clockKind",
      label: t("sla.field.clockKind"),
      placeholder: t("sla.field.chooseClock"),
      options: CLOCK_KINDS.map((kind) => ({ value: kind, label: t(`clockKind.${kind}`) })),
    },
    ...SLA_LIMIT_FIELDS.map((field): ActionField =>
      field === "warningFraction"
        ? { kind: "text", name: field, label: t(`sla.field.${field}`) }
        : { kind: "number", name: field, label: t(`sla.field.${field}`), min: 0 },
    ),
  ];
  return (
    <CaseActionForm
      title={title}
      fields={fields}
      action={action}
      submitLabel={t("sla.save")}
      pendingLabel={t("sla.saving")}
      initialValues={initialValues}
    />
  );
}
