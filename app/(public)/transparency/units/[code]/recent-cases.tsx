import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { RecentPublicCase } from "@/db/queries/public-cases";
import { localized } from "@/lib/i18n/localized";
import { contentLanguage } from "../../content-language";
import { figureFormatters } from "../../figures";

/** The unit's latest cases the citizens allowed to be published (titles redacted). */
export async function RecentCases({ name, cases }: { name: string; cases: RecentPublicCase[] }) {
  const [t, locale, fmt] = await Promise.all([getTranslations(), getLocale(), figureFormatters()]);
  const columns: Column<RecentPublicCase>[] = [
    {
      key: "reference",
      header: t("caseTable.reference"),
      cell: (row) => (
        <Link href={`/transparency/cases/${row.reference}`} className="font-mono text-brand-700 underline">
          {row.reference}
        </Link>
      ),
    },
    {
      key: "title",
      header: t("caseTable.title"),
      cell: (row) => <span lang={contentLanguage(row.title)}>{row.title}</span>,
    },
    {
      key: "category",
      header: t("caseTable.category"),
      cell: (row) => localized(locale, row.categoryZh, row.categoryEn),
    },
    { key: "status", header: t("caseTable.status"), cell: (row) => t(`status.${row.status}`) },
    { key: "created", header: t("caseTable.created"), cell: (row) => fmt.date(row.createdAt) },
  ];
  return (
    <section aria-labelledby="recent-heading" className="space-y-3">
      <h2 id="recent-heading" className="text-xl font-semibold">
        {t("portal.unit.recentHeading")}
      </h2>
      <DataTable
        caption={t("portal.unit.recentCaption", { unit: name })}
        columns={columns}
        rows={cases}
        rowKey={(row) => row.reference}
        empty={t("portal.unit.recentEmpty")}
      />
    </section>
  );
}
