import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { createSlaPolicyAction } from "../actions";
import { NEW_POLICY_VALUES, PolicyForm } from "../policy-form";

export async function generateMetadata() {
  return { title: (await getTranslations("adminRules"))("sla.newTitle") };
}

export default async function NewSlaPolicyPage() {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminRules");
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/sla" className="text-brand-700 underline">
          {t("sla.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("sla.newTitle")}</h1>
      <PolicyForm title={t("sla.newTitle")} action={createSlaPolicyAction} initialValues={NEW_POLICY_VALUES} />
    </div>
  );
}
