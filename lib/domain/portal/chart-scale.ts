// Pure geometry for the portal's server-rendered SVG charts (components/charts): a readable
// axis for any maximum, and line paths that break where a figure is unknown ("too few cases").

export interface Scale {
  /** The top of the axis: a round number ≥ the largest value. */
  max: number;
  /** Gridline values from 0 to max, evenly spaced. */
  ticks: number[];
}

/** An axis from 0 with about `targetTicks` steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceScale(largest: number, targetTicks = 4): Scale {
  if (!Number.isFinite(largest) || largest < 0) throw new RangeError(`bad maximum ${largest}`);
  if (!Number.isInteger(targetTicks) || targetTicks < 1) throw new RangeError(`bad tick count ${targetTicks}`);
  if (largest === 0) return { max: 1, ticks: [0, 1] };
  const rough = largest / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough - 1e-12) ??
    10 * magnitude;
  const steps = Math.ceil(largest / step - 1e-9);
  // Rounding keeps 0.1 + 0.2-style sums off the labels.
  const ticks = Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1] ?? step, ticks };
}

export interface Point {
  x: number;
  y: number | null;
}

/** SVG path data through the points, lifting the pen across unknown values; a lone point is a dot-sized move. */
export function linePath(points: readonly Point[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (point.y === null) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? "L" : "M"}${round(point.x)} ${round(point.y)}`);
    drawing = true;
  }
  return parts.join(" ");
}

/** Positions of `count` equal bands across `width`, with `gap` as a share of each band left empty. */
export function bands(count: number, width: number, gap = 0.2): { start: number; size: number; centre: number }[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`bad band count ${count}`);
  if (count === 0) return [];
  const band = width / count;
  const size = band * (1 - gap);
  return Array.from({ length: count }, (_, index) => {
    const start = index * band + (band - size) / 2;
    return { start: round(start), size: round(size), centre: round(index * band + band / 2) };
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
