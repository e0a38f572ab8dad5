/**
 * Returned 3 times, or re-handled 3 times without a fix: a problem case for the supervisor
 * (docs/rules.md#problem-cases).
 */
export function isProblemCase(counts: { disputeCount: number; rehandleCount: number }, threshold: number): boolean {
  return counts.disputeCount >= threshold || counts.rehandleCount >= threshold;
}
