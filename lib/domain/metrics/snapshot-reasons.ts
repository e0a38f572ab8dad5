// Why a frozen scorecard has the version it has: the first publication, a later automatic
// recomputation that found different figures (a late rating, a corrected case), or an admin's
// recomputation with a stated reason.
export const SNAPSHOT_REASONS = ["first_publication", "late_change", "admin_recompute"] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];
