import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
