import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

const SECTIONS = [
  { href: "/transparency", key: "overview" },
  { href: "/transparency/rankings", key: "rankings" },
  { href: "/transparency/methodology", key: "methodology" },
  { href: "/transparency/integrity", key: "integrity" },
  { href: "/transparency/accountability", key: "accountability" },
] as const;

/** Every transparency page carries the same small menu: overview, rankings, methodology. */
export default async function TransparencyLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("portal");
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav.label")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-slate-200 pb-2 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="text-brand-700 underline">
                {t(`nav.${section.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
