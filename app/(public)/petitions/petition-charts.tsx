import { progressPercent } from "@/lib/domain/petitions/thresholds";

/** Progress to one threshold: a native <progress> (announced by screen readers) and the figures in words. */
export function ThresholdProgress({
  label,
  count,
  threshold,
  reachedText,
  remainingText,
}: {
  label: string;
  count: number;
  threshold: number;
  reachedText: string | null;
  remainingText: string;
}) {
  const id = `progress-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <span id={id} className="font-medium text-slate-800">
          {label}
        </span>
        <span className="tabular-nums text-slate-700">{reachedText ?? remainingText}</span>
      </div>
      <progress
        aria-labelledby={id}
        value={Math.min(count, threshold)}
        max={threshold}
        className="h-3 w-full accent-brand-700"
      >
        {progressPercent(count, threshold)}%
      </progress>
    </div>
  );
}

export interface DistrictBar {
  code: string;
  name: string;
  signatures: number;
}

/**
 * Signatures by district: an SVG bar chart drawn on the server (no JavaScript needed) next to
 * the same figures as a table, which is what assistive technology reads.
 */
export function DistrictChart({
  bars,
  caption,
  districtHeader,
  signaturesHeader,
}: {
  bars: DistrictBar[];
  caption: string;
  districtHeader: string;
  signaturesHeader: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.signatures));
  const rowHeight = 28;
  const labelWidth = 150;
  const chartWidth = 320;
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby="district-chart-title"
        viewBox={`0 0 ${labelWidth + chartWidth + 70} ${bars.length * rowHeight + 8}`}
        className="w-full max-w-xl"
      >
        <title id="district-chart-title">{caption}</title>
        {bars.map((bar, index) => {
          const width = Math.round((bar.signatures / max) * chartWidth);
          const y = index * rowHeight + 4;
          return (
            <g key={bar.code}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="fill-slate-800 text-[13px]">
                {bar.name}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(width, 1)}
                height={rowHeight - 10}
                className="fill-brand-700"
              />
              <text
                x={labelWidth + Math.max(width, 1) + 6}
                y={y + 17}
                className="fill-slate-800 text-[13px] tabular-nums"
              >
                {bar.signatures}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{caption}</figcaption>
      <table className="w-full max-w-xl border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="px-2 py-1">
              {districtHeader}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {signaturesHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.code} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-1 font-normal">
                {bar.name}
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{bar.signatures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
