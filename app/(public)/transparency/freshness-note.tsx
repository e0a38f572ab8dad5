import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { figureFormatters } from "./figures";

/** When the figures were last brought up to date, and where the method is explained. */
export async function FreshnessNote({ refreshedAt }: { refreshedAt: Date | null }) {
  const [t, fmt] = await Promise.all([getTranslations("portal"), figureFormatters()]);
  return (
    <p className="text-sm text-slate-600">
      {refreshedAt ? t("freshness.asOf", { time: fmt.dateTime(refreshedAt) }) : t("freshness.pending")}{" "}
      <Link href="/transparency/methodology" className="text-brand-700 underline">
        {t("freshness.howCounted")}
      </Link>
    </p>
  );
}
