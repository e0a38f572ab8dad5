import type { ReactNode } from "react";

/**
 * A chart with its caption and, underneath, the same numbers as a table. The table is in a
 * <details> element: closed by default to keep the page short, it opens with a keyboard or a
 * click and without JavaScript. The SVG is one image with a name; its numbers are in the table.
 */
export function ChartFigure({
  id,
  caption,
  tableLabel,
  chart,
  table,
}: {
  id: string;
  caption: string;
  tableLabel: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-caption`} className="font-semibold text-slate-900">
        {caption}
      </figcaption>
      {chart}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{tableLabel}</summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}
