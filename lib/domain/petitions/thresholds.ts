// Thresholds are stamped once with the time they were crossed, and un-stamped if invalidations
// take the count back below them (docs/rules.md#thresholds).

export interface ThresholdStamps {
  responseThresholdAt: Date | null;
  debateThresholdAt: Date | null;
}

export interface Thresholds {
  response: number;
  debate: number;
}

export type ThresholdName = "response" | "debate";

export interface StampResult extends ThresholdStamps {
  /** Thresholds crossed by this count for the first time (or again after an un-stamp). */
  crossed: ThresholdName[];
  /** Thresholds the count fell back below. */
  dropped: ThresholdName[];
}

export function stampThresholds(
  count: number,
  stamps: ThresholdStamps,
  thresholds: Thresholds,
  now: Date,
): StampResult {
  const crossed: ThresholdName[] = [];
  const dropped: ThresholdName[] = [];
  const stamp = (name: ThresholdName, current: Date | null, limit: number): Date | null => {
    if (count >= limit) {
      if (current) return current;
      crossed.push(name);
      return now;
    }
    if (current) dropped.push(name);
    return null;
  };
  return {
    responseThresholdAt: stamp("response", stamps.responseThresholdAt, thresholds.response),
    debateThresholdAt: stamp("debate", stamps.debateThresholdAt, thresholds.debate),
    crossed,
    dropped,
  };
}

/** Progress towards a threshold, 0–100, for the bars on the petition page. */
export function progressPercent(count: number, threshold: number): number {
  if (threshold <= 0) return 100;
  return Math.min(100, Math.floor((count / threshold) * 100));
}
