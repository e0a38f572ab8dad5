/** Returned 3 times, or re-handled 3 times without a fix: a problem case for the supervisor (PRODUCT.md §3). */
export function isProblemCase(counts: { disputeCount: number; rehandleCount: number }, threshold: number): boolean {
  return counts.disputeCount >= threshold || counts.rehandleCount >= threshold;
}
