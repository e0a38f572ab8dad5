import Link from "next/link";
import type { TrafficLight } from "@/lib/domain/deadlines/traffic-light";
import { TrafficLightBadge } from "./traffic-light";
import { type Column, DataTable } from "./ui/data-table";

export interface CaseTableRow {
  id: number;
  reference: string;
  href: string;
  title: string;
  category: string;
  district: string;
  unit: string;
  status: string;
  light: { light: TrafficLight; label: string } | null;
  due: string;
  created: string;
}

export interface CaseTableLabels {
  caption: string;
  empty: string;
  reference: string;
  title: string;
  category: string;
  district: string;
  unit: string;
  status: string;
  light: string;
  due: string;
  created: string;
}

export function CaseTable({
  rows,
  labels,
  show,
}: {
  rows: CaseTableRow[];
  labels: CaseTableLabels;
  show: readonly (keyof CaseTableLabels)[];
}) {
  const all: Column<CaseTableRow>[] = [
    {
      key: "reference",
      header: labels.reference,
      cell: (r) => (
        <Link className="font-mono text-brand-700 underline" href={r.href}>
          {r.reference}
        </Link>
      ),
    },
    { key: "title", header: labels.title, cell: (r) => r.title },
    { key: "category", header: labels.category, cell: (r) => r.category },
    { key: "district", header: labels.district, cell: (r) => r.district },
    { key: "unit", header: labels.unit, cell: (r) => r.unit },
    { key: "status", header: labels.status, cell: (r) => r.status },
    {
      key: "light",
      header: labels.light,
      cell: (r) => (r.light ? <TrafficLightBadge light={r.light.light} label={r.light.label} /> : "—"),
    },
    { key: "due", header: labels.due, cell: (r) => r.due },
    { key: "created", header: labels.created, cell: (r) => r.created },
  ];
  return (
    <DataTable
      caption={labels.caption}
      columns={all.filter((c) => show.includes(c.key as keyof CaseTableLabels))}
      rows={rows}
      rowKey={(r) => r.id}
      empty={labels.empty}
    />
  );
}
