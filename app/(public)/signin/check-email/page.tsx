import { getTranslations } from "next-intl/server";

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("checkEmailTitle")}</h1>
      <p className="text-slate-700">{t("checkEmailBody")}</p>
    </div>
  );
}
