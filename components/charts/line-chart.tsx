import { bands, linePath } from "@/lib/domain/portal/chart-scale";

export interface LineSeries {
  key: string;
  label: string;
  /** Shares 0..1 per x position; null where the figure is "too few cases" (the line breaks). */
  values: (number | null)[];
  /** Tailwind stroke and fill classes, plus a dash pattern so colour is not the only difference. */
  stroke: string;
  fill: string;
  dash?: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 48;
const BOTTOM = 28;
const TOP = 12;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Rates over time, 0–100 %, with a legend; gaps where a month had too few cases. */
export function LineChart({
  title,
  xLabels,
  series,
  formatTick,
}: {
  title: string;
  xLabels: string[];
  series: LineSeries[];
  formatTick: (value: number) => string;
}) {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - value * plotHeight;
  const columns = bands(xLabels.length, WIDTH - LEFT);
  const x = (index: number) => LEFT + (columns[index]?.centre ?? 0);
  return (
    <div className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} className="h-auto w-full" focusable="false">
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {xLabels.map((label, index) => (
          <text key={label} x={x(index)} y={HEIGHT - 10} textAnchor="middle" className="fill-slate-700 text-[11px]">
            {label}
          </text>
        ))}
        {series.map((line) => (
          <g key={line.key}>
            <path
              d={linePath(line.values.map((value, index) => ({ x: x(index), y: value === null ? null : y(value) })))}
              fill="none"
              strokeWidth={2.5}
              strokeDasharray={line.dash}
              className={line.stroke}
            />
            {line.values.map((value, index) =>
              value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r={3.5} className={line.fill} />,
            )}
          </g>
        ))}
      </svg>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800" aria-hidden="true">
        {series.map((line) => (
          <li key={line.key} className="flex items-center gap-2">
            <svg width="28" height="10" focusable="false">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                strokeWidth={2.5}
                strokeDasharray={line.dash}
                className={line.stroke}
              />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
