// How urgent a petition in the moderation queue is: the moderators have a number of working days
// (a setting) from submission; the last working day is "nearly overdue".

export type QueueMark = "on_time" | "nearly_overdue" | "overdue";

export function moderationMark(now: Date, dueAt: Date, warnFrom: Date): QueueMark {
  if (now >= dueAt) return "overdue";
  if (now >= warnFrom) return "nearly_overdue";
  return "on_time";
}
