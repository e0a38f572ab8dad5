import { niceScale } from "@/lib/domain/portal/chart-scale";

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** A Tailwind fill class; the brand colour when absent. Colour never carries meaning alone: the label does. */
  fill?: string;
}

const WIDTH = 640;
const LABEL = 200;
const ROW = 26;
const VALUE_ROOM = 64;

/** Horizontal bars with their labels and values written out (top categories, districts, lights). */
export function BarChart({ title, data }: { title: string; data: BarDatum[] }) {
  const scale = niceScale(Math.max(0, ...data.map((datum) => datum.value)));
  const plotWidth = WIDTH - LABEL - VALUE_ROOM;
  const height = Math.max(ROW, data.length * ROW) + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} className="h-auto w-full" focusable="false">
      {data.map((datum, index) => {
        const y = index * ROW + 2;
        const width = (datum.value / scale.max) * plotWidth;
        return (
          <g key={datum.key}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="fill-slate-800 text-[12px]">
              {datum.label.length > 24 ? `${datum.label.slice(0, 23)}…` : datum.label}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={Math.max(width, 1)}
              height={ROW - 8}
              className={datum.fill ?? "fill-brand-600"}
            >
              <title>{`${datum.label}: ${datum.valueLabel}`}</title>
            </rect>
            <text x={LABEL + width + 6} y={y + ROW / 2 + 4} className="fill-slate-800 text-[12px]">
              {datum.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
