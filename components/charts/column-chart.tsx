import { bands, niceScale } from "@/lib/domain/portal/chart-scale";

export interface ColumnDatum {
  key: string;
  label: string;
  value: number;
  /** The value as the reader's language writes it. */
  valueLabel: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 56;
const BOTTOM = 28;
const TOP = 12;

/** Vertical columns (e.g. cases per month), drawn on the server as SVG. */
export function ColumnChart({
  title,
  data,
  formatTick,
}: {
  title: string;
  data: ColumnDatum[];
  formatTick: (value: number) => string;
}) {
  const scale = niceScale(Math.max(0, ...data.map((datum) => datum.value)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;
  const columns = bands(data.length, WIDTH - LEFT);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="h-auto w-full" focusable="false">
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {data.map((datum, index) => {
        const band = columns[index];
        if (!band) return null;
        return (
          <g key={datum.key}>
            <rect
              x={LEFT + band.start}
              y={y(datum.value)}
              width={band.size}
              height={Math.max(0, y(0) - y(datum.value))}
              className="fill-brand-600"
            >
              <title>{`${datum.label}: ${datum.valueLabel}`}</title>
            </rect>
            <text x={LEFT + band.centre} y={HEIGHT - 10} textAnchor="middle" className="fill-slate-700 text-[11px]">
              {datum.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
