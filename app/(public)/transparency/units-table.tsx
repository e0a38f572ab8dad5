import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TrafficLightBadge } from "@/components/traffic-light";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { UnitClass } from "@/lib/domain/cases/vocabulary";
import { localized } from "@/lib/i18n/localized";
import type { Scorecard } from "@/lib/services/metrics/unit-scorecard";
import type { figureFormatters } from "./figures";

export interface UnitRow {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  unitClass: UnitClass;
  scorecard: Scorecard;
}

/** Units with their scorecard for one period, in the order given. */
export async function UnitsTable({
  caption,
  units,
  fmt,
  empty,
}: {
  caption: string;
  units: UnitRow[];
  fmt: Awaited<ReturnType<typeof figureFormatters>>;
  empty?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const columns: Column<UnitRow>[] = [
    {
      key: "unit",
      header: t("portal.columns.unit"),
      cell: (row) => (
        <Link href={`/transparency/units/${row.code}`} className="text-brand-700 underline">
          {localized(locale, row.nameZh, row.nameEn)}
        </Link>
      ),
    },
    { key: "class", header: t("portal.columns.unitClass"), cell: (row) => t(`unitClass.${row.unitClass}`) },
    {
      key: "replied",
      header: t("portal.columns.replied"),
      numeric: true,
      cell: (row) => fmt.count(row.scorecard.metrics.casesReplied),
    },
    {
      key: "rated",
      header: t("portal.columns.rated"),
      numeric: true,
      cell: (row) => fmt.count(row.scorecard.metrics.ratedCases),
    },
    {
      key: "satisfaction",
      header: t("portal.columns.satisfaction"),
      numeric: true,
      cell: (row) => <span className="whitespace-nowrap">{fmt.rate(row.scorecard.metrics.satisfactionRate)}</span>,
    },
    {
      key: "score",
      header: t("portal.columns.score"),
      numeric: true,
      cell: (row) => <span className="whitespace-nowrap">{fmt.score(row.scorecard.metrics.compositeScore)}</span>,
    },
    {
      key: "grade",
      header: t("portal.columns.grade"),
      cell: (row) =>
        row.scorecard.grade && row.scorecard.light ? (
          <TrafficLightBadge light={row.scorecard.light} label={t(`portal.grade.${row.scorecard.grade}`)} />
        ) : (
          <span className="text-slate-600">—</span>
        ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={units}
      rowKey={(row) => row.id}
      empty={empty ?? t("portal.overview.unitsEmpty")}
    />
  );
}
