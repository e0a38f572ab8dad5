import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { saveLedgerSettingsAction } from "./actions";

/** The accountability ledger's setting: officials' names published or not (default not). */
export async function LedgerSettingsForm({ publish }: { publish: boolean }) {
  const [t, ta] = await Promise.all([getTranslations("adminRules"), getTranslations("accountability")]);
  const value = publish ? "yes" : "no";
  return (
    <div className="max-w-2xl">
      <CaseActionForm
        key={value}
        title={ta("settings.title")}
        description={ta("settings.lead")}
        fields={[
          {
            kind: "radios",
            name: "publishOfficialNames",
            label: ta("settings.field"),
            options: [
              { value: "no", label: ta("settings.no") },
              { value: "yes", label: ta("settings.yes") },
            ],
          },
        ]}
        action={saveLedgerSettingsAction}
        submitLabel={t("settings.save")}
        pendingLabel={t("settings.saving")}
        initialValues={{ publishOfficialNames: value }}
      />
    </div>
  );
}
