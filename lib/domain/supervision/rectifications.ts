// Consequences of a red light (整改, docs/supervision.md#rectification): a unit whose appraisal
// result or monthly scorecard is red does not pass. It owes a rectification plan within 15 working
// days, then a report of its completion, which a supervisor accepts or sends back. A plan not filed
// by its deadline is not skipped silently: it becomes a supervision notice to the unit, once.
import type { Role } from "../access/roles";
import type { WorkingCalendar } from "../calendar/working-calendar";

/** What made the unit fail: a closed appraisal campaign's result, or a frozen monthly scorecard. */
export const RECTIFICATION_SOURCES = ["appraisal", "scorecard"] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

/** owed: the plan is due; planned: filed, completion owed; reported: waiting for a supervisor. */
export const RECTIFICATION_STATUSES = ["owed", "planned", "reported", "accepted"] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export type RectificationAction = "file_plan" | "report" | "accept" | "send_back";

/** What a rectification shows: its status, or "overdue" while its plan is late. */
export type RectificationState = RectificationStatus | "overdue";

/** Working days a failing unit has to file its plan (issue 14). */
export const RECTIFICATION_WORKING_DAYS = 15;

/** Working days the unit has to answer the notice a missing plan becomes. */
export const OVERDUE_PLAN_NOTICE_WORKING_DAYS = 5;

const NEXT: Record<RectificationAction, Partial<Record<RectificationStatus, RectificationStatus>>> = {
  file_plan: { owed: "planned" },
  report: { planned: "reported" },
  accept: { reported: "accepted" },
  send_back: { reported: "planned" },
};

export function nextRectificationStatus(
  status: RectificationStatus,
  action: RectificationAction,
): RectificationStatus | null {
  return NEXT[action][status] ?? null;
}

/** Only a head of the failing unit files its plan and reports; any supervisor decides. */
export function mayActOnRectification(
  actor: { role: Role; unitId: number | null },
  rectification: { unitId: number; status: RectificationStatus },
  action: RectificationAction,
): boolean {
  if (nextRectificationStatus(rectification.status, action) === null) return false;
  if (action === "file_plan" || action === "report")
    return actor.role === "unit_head" && actor.unitId === rectification.unitId;
  return actor.role === "supervisor";
}

/** The end of the 15th working day after the day the failing result was published. */
export function rectificationDueAt(publishedAt: Date, calendar: WorkingCalendar): Date {
  return calendar.addWorkingDays(publishedAt, RECTIFICATION_WORKING_DAYS);
}

/** The plan is owed and its deadline has passed. */
export function isPlanOverdue(r: { status: RectificationStatus; dueAt: Date }, now: Date): boolean {
  return r.status === "owed" && now.getTime() >= r.dueAt.getTime();
}

/** A missing plan becomes a notice once; a plan filed late still counts as filed. */
export function shouldNoticeMissingPlan(
  r: { status: RectificationStatus; dueAt: Date; overdueNoticeId: number | null },
  now: Date,
): boolean {
  return r.overdueNoticeId === null && isPlanOverdue(r, now);
}

/** A plan filed at or after its deadline is late (it is still taken). */
export function planFiledLate(filedAt: Date, dueAt: Date): boolean {
  return filedAt.getTime() >= dueAt.getTime();
}

export function rectificationState(r: { status: RectificationStatus; dueAt: Date }, now: Date): RectificationState {
  return isPlanOverdue(r, now) ? "overdue" : r.status;
}

/** One failing result a unit must rectify; `ref` names it (a campaign id or a month key). */
export interface Obligation {
  unitId: number;
  source: RectificationSource;
  campaignId: number | null;
  periodKey: string | null;
  publishedAt: Date;
}

export interface PublishedCampaignResult {
  campaignId: number;
  closedAt: Date;
  units: readonly { unitId: number; passes: boolean | null }[];
}

export interface PublishedMonthScorecard {
  unitId: number;
  periodKey: string;
  light: "green" | "yellow" | "red" | null;
  publishedAt: Date;
}

/**
 * Which results oblige a unit to rectify: every unit of a closed campaign whose result does not
 * pass (`passes` false; null = too few ratings, no result, no obligation), and every red monthly
 * scorecard. One obligation per unit and result.
 */
export function rectificationObligations(
  campaigns: readonly PublishedCampaignResult[],
  scorecards: readonly PublishedMonthScorecard[],
): Obligation[] {
  const out: Obligation[] = [];
  for (const campaign of campaigns)
    for (const unit of campaign.units)
      if (unit.passes === false)
        out.push({
          unitId: unit.unitId,
          source: "appraisal",
          campaignId: campaign.campaignId,
          periodKey: null,
          publishedAt: campaign.closedAt,
        });
  for (const card of scorecards)
    if (card.light === "red")
      out.push({
        unitId: card.unitId,
        source: "scorecard",
        campaignId: null,
        periodKey: card.periodKey,
        publishedAt: card.publishedAt,
      });
  const seen = new Set<string>();
  return out.filter((o) => {
    const key = `${o.unitId}:${o.source}:${o.campaignId ?? ""}:${o.periodKey ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
