// Adding up daily rollups (db/schema/rollups.ts) into a period's figures. The sums are exact:
// counts add, and a median is read off the histogram of working days, not averaged.
import type { MetricCounts } from "../metrics/unit-metrics";

export const ZERO_COUNTS: MetricCounts = {
  replied: 0,
  rated: 0,
  contacted: 0,
  solved: 0,
  satisfactionTenths: 0,
  signedFor: 0,
  signedForOnTime: 0,
  repliedOnTime: 0,
  repliedLate: 0,
  disputed: 0,
  disputeBase: 0,
  rehandled: 0,
};

const KEYS = Object.keys(ZERO_COUNTS) as (keyof MetricCounts)[];

export function addCounts(a: MetricCounts, b: MetricCounts): MetricCounts {
  const sum = { ...a };
  for (const key of KEYS) sum[key] = a[key] + b[key];
  return sum;
}

export function sumCounts(rows: readonly MetricCounts[]): MetricCounts {
  return rows.reduce(addCounts, ZERO_COUNTS);
}

/** How many values equal `value`; a histogram is any list of them, in any order, repeats allowed. */
export interface HistogramBin {
  value: number;
  count: number;
}

/** The median of the values a histogram stands for: the middle one, or the mean of the middle two. */
export function medianOfHistogram(bins: readonly HistogramBin[]): number | null {
  const merged = new Map<number, number>();
  for (const bin of bins) {
    if (!Number.isInteger(bin.count) || bin.count < 0) throw new RangeError(`bad count ${bin.count}`);
    if (bin.count > 0) merged.set(bin.value, (merged.get(bin.value) ?? 0) + bin.count);
  }
  const sorted = [...merged].sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  // 0-based positions of the middle value(s).
  const lowerIndex = Math.floor((total - 1) / 2);
  const upperIndex = Math.floor(total / 2);
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    throw new RangeError("index beyond histogram"); // unreachable: index < total
  };
  return (valueAt(lowerIndex) + valueAt(upperIndex)) / 2;
}
