// Suspicious bursts (docs/rules.md#appraisal): many votes for one unit from one network within one time
// window. Votes carry only the keyed hash of their network and the start of their window
// (coarsened, so the time cannot link a vote back to its rater); a burst is flagged for a
// supervisor's review, never dropped automatically.
import type { AppraisalLight } from "./vocabulary";

/** Votes are stamped with the start of their hour, no finer. */
export const VOTE_WINDOW_MINUTES = 60;
export const DEFAULT_BURST_THRESHOLD = 5;

export function voteWindowStart(at: Date): Date {
  const size = VOTE_WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(at.getTime() / size) * size);
}

export interface BurstVote {
  unitId: number;
  networkHash: string | null;
  windowStart: Date;
  light: AppraisalLight;
}

export interface Burst {
  unitId: number;
  networkHash: string;
  windowStart: Date;
  votes: number;
  lights: Record<AppraisalLight, number>;
}

/** Groups of at least `threshold` votes for the same unit, from the same network, in the same window; largest first. */
export function detectBursts(votes: readonly BurstVote[], threshold: number): Burst[] {
  if (!(Number.isInteger(threshold) && threshold >= 2))
    throw new RangeError(`burst threshold ${threshold} must be a whole number ≥ 2`);
  const groups = new Map<string, Burst>();
  for (const vote of votes) {
    if (vote.networkHash === null) continue;
    const key = `${vote.unitId}|${vote.networkHash}|${vote.windowStart.getTime()}`;
    const burst = groups.get(key) ?? {
      unitId: vote.unitId,
      networkHash: vote.networkHash,
      windowStart: vote.windowStart,
      votes: 0,
      lights: { green: 0, yellow: 0, red: 0 },
    };
    burst.votes += 1;
    burst.lights[vote.light] += 1;
    groups.set(key, burst);
  }
  return [...groups.values()]
    .filter((burst) => burst.votes >= threshold)
    .sort((a, b) => b.votes - a.votes || a.windowStart.getTime() - b.windowStart.getTime() || a.unitId - b.unitId);
}
