import type { ReactNode } from "react";

/** Headline figures as a description list: a label and its value, in cards. */
export function FigureList({ figures }: { figures: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{figure.label}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
