import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { findSlaPolicyByCode } from "@/db/queries/sla-policies";
import { requirePermission } from "@/lib/auth/session";
import { updateSlaPolicyAction } from "../actions";
import { PolicyForm, policyValues } from "../policy-form";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return { title: (await getTranslations("adminRules"))("sla.editTitle", { code: decodeURIComponent(code) }) };
}

export default async function EditSlaPolicyPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const code = decodeURIComponent((await params).code);
  const t = await getTranslations("adminRules");
  const policy = await findSlaPolicyByCode(await getDb(), code);
  if (!policy) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/sla" className="text-brand-700 underline">
          {t("sla.title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("sla.editTitle", { code: policy.code })}</h1>
      <PolicyForm
        title={t("sla.editTitle", { code: policy.code })}
        action={updateSlaPolicyAction.bind(null, policy.code)}
        initialValues={policyValues(policy)}
      />
    </div>
  );
}
