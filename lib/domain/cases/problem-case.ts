/**
 * Returned 3 times, or re-handled 3 times without a fix: a problem case for the supervisor
 * (docs/rules.md#problem-cases).
 *
 * "Without a fix" is counted in handling rounds the citizen rated as not fixed (not solved, or a
 * bad rating). Every re-handling (发回重办) was asked for by such a rating, so a case sent back
 * twice has had two; the round being rated now adds a third when its rating says "not fixed"
 * too. With the shipped defaults — 2 re-handlings, threshold 3 — the third unfixed round, the
 * one the citizen can no longer send back, makes the problem case.
 */
export interface ProblemCaseCounts {
  disputeCount: number;
  unfixedRounds: number;
}

export function isProblemCase(counts: ProblemCaseCounts, threshold: number): boolean {
  return counts.disputeCount >= threshold || counts.unfixedRounds >= threshold;
}

/** Handling rounds rated "not fixed": the re-handlings so far, plus the round rated now if it is unfixed. */
export function unfixedRounds(rehandleCount: number, ratedNowUnfixed: boolean): number {
  return rehandleCount + (ratedNowUnfixed ? 1 : 0);
}

/** Can the re-handling half of the rule happen at all? At most `rehandleLimit + 1` rounds are rated. */
export function problemCaseReachable(rehandleLimit: number, threshold: number): boolean {
  return rehandleLimit + 1 >= threshold;
}
