// Which month the transparency overview opens on (docs/rules.md#transparency): the current month,
// unless it has fewer rated cases than the minimum sample (early in a month every rate would read
// "too few cases"); then the last complete month, and the page says why.

export type OpeningReason = "current" | "current_too_few";

/**
 * The index in `months` (oldest first, the current month last) of the month to open on. The last
 * complete month is chosen only when it has enough rated cases itself; otherwise the current one.
 */
export function openingMonth(
  months: readonly { ratedCases: number }[],
  minimumSample: number,
): { index: number; reason: OpeningReason } {
  const current = months.length - 1;
  if (current < 0) throw new RangeError("no months");
  const previous = months[current - 1];
  if ((months[current]?.ratedCases ?? 0) >= minimumSample || !previous || previous.ratedCases < minimumSample)
    return { index: current, reason: "current" };
  return { index: current - 1, reason: "current_too_few" };
}
