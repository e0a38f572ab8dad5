// Simulates one historic case's life from filing to wherever it stands "now", using the real
// rules (transition table, deadlines) so the demo data is consistent with the product.
import type { WorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import { type CaseEvent, type CaseStatus, PUBLIC_EVENTS, nextStatus } from "@/lib/domain/cases/lifecycle";
import {
  BAD_RATINGS,
  type CaseType,
  type Channel,
  type RedirectChannel,
  type ReplyOutcome,
  type SatisfactionLevel,
} from "@/lib/domain/cases/vocabulary";
import { addClock } from "@/lib/domain/deadlines/deadline";
import type { SeedSlaPolicy } from "./city-data";
import { REPLY_TEXTS } from "./case-texts";
import type { SeededRandom } from "./random";

const HOUR = 3_600_000;

export interface PlannedEvent {
  event: CaseEvent;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorRole: string;
  unitId: number | null;
  note: string | null;
  occurredAt: Date;
}

export interface PlannedFeedback {
  round: number;
  contacted: boolean;
  solved: boolean;
  satisfaction: SatisfactionLevel;
  unitId: number;
  createdAt: Date;
}

export interface CasePlan {
  status: CaseStatus;
  leadUnitId: number | null;
  designated: boolean;
  dispatchedAt: Date | null;
  clockStartedAt: Date | null;
  signForDueAt: Date | null;
  firstContactDueAt: Date | null;
  replyDueAt: Date | null;
  disputeDueAt: Date | null;
  feedbackDueAt: Date | null;
  signedForAt: Date | null;
  contactedAt: Date | null;
  repliedAt: Date | null;
  closedAt: Date | null;
  signedForOnTime: boolean | null;
  repliedOnTime: boolean | null;
  workingDaysToReply: number | null;
  disputeCount: number;
  rehandleCount: number;
  replyOutcome: ReplyOutcome | null;
  replyText: string | null;
  replyLegalBasis: string | null;
  replyNextSteps: string | null;
  redirectChannel: RedirectChannel | null;
  problemCase: boolean;
  events: PlannedEvent[];
  feedback: PlannedFeedback[];
}

export interface CaseSeedInput {
  createdAt: Date;
  type: CaseType;
  channel: Channel;
  policy: SeedSlaPolicy;
  route: { leadUnitId: number } | null;
  fallbackUnitId: number;
  alternativeUnitId: number;
  unitQuality: (unitId: number) => number;
  unitRequiresApproval: (unitId: number) => boolean;
  english: boolean;
  /** Stop the case's life in this state (so the demo shows every state). */
  hold?: CaseStatus;
  /** Only a case with an earlier one can be a duplicate. */
  mayMerge: boolean;
}

const FEEDBACK_WINDOW_WORKING_DAYS = 5;
const DISPUTE_WINDOW_WORKING_DAYS = 5;

export function simulateCase(input: CaseSeedInput, now: Date, calendar: WorkingCalendar, rng: SeededRandom): CasePlan {
  const plan: CasePlan = {
    status: "submitted",
    leadUnitId: null,
    designated: false,
    dispatchedAt: null,
    clockStartedAt: null,
    signForDueAt: null,
    firstContactDueAt: null,
    replyDueAt: null,
    disputeDueAt: null,
    feedbackDueAt: null,
    signedForAt: null,
    contactedAt: null,
    repliedAt: null,
    closedAt: null,
    signedForOnTime: null,
    repliedOnTime: null,
    workingDaysToReply: null,
    disputeCount: 0,
    rehandleCount: 0,
    replyOutcome: null,
    replyText: null,
    replyLegalBasis: null,
    replyNextSteps: null,
    redirectChannel: null,
    problemCase: false,
    events: [],
    feedback: [],
  };
  const fire = (
    event: CaseEvent,
    at: Date,
    actorRole: string,
    unitId: number | null = plan.leadUnitId,
    note: string | null = null,
  ): boolean => {
    if (at > now || plan.status === input.hold) return false;
    const to = nextStatus(plan.status, event);
    if (!to) throw new Error(`seed: ${event} is not allowed from ${plan.status}`);
    plan.events.push({
      event,
      fromStatus: plan.events.length ? plan.status : null,
      toStatus: to,
      actorRole,
      unitId,
      note,
      occurredAt: at,
    });
    plan.status = to;
    return true;
  };
  const later = (from: Date, minHours: number, maxHours: number) =>
    new Date(from.getTime() + (minHours + rng.next() * (maxHours - minHours)) * HOUR);

  plan.events.push({
    event: "submit",
    fromStatus: null,
    toStatus: "submitted",
    actorRole: input.channel === "web" || input.channel === "mobile" ? "citizen" : "operator",
    unitId: null,
    note: null,
    occurredAt: input.createdAt,
  });

  // Triage: redirect, merge, answer directly, or dispatch.
  const triageAt = later(input.createdAt, 0.3, 20);
  if (rng.chance(0.03)) {
    plan.redirectChannel = rng.pick([
      "litigation",
      "arbitration",
      "administrative_review",
      "discipline_inspection",
      "information_disclosure",
      "emergency_services",
    ] as const);
    if (fire("redirect", triageAt, "operator", null)) plan.closedAt = triageAt;
    else plan.redirectChannel = null;
    return plan;
  }
  if (rng.chance(0.02) && input.mayMerge) {
    // A duplicate: linked to the case filed just before it once both rows exist.
    if (fire("merge", triageAt, "operator", null)) plan.closedAt = triageAt;
    return plan;
  }
  if (input.type === "inquiry" && rng.chance(0.5)) {
    if (fire("answer_directly", triageAt, "operator", null)) {
      plan.closedAt = triageAt;
      const reply = rng.pick(REPLY_TEXTS.filter((r) => r.outcome === "explained"));
      plan.replyOutcome = "explained";
      plan.replyText = input.english ? reply.en : reply.zh;
    }
    return plan;
  }

  let unitId = input.route?.leadUnitId ?? input.fallbackUnitId;
  const auto = input.route !== null && rng.chance(0.6);
  const dispatchAt = auto ? new Date(input.createdAt.getTime() + 60_000) : triageAt;
  if (!dispatch(auto ? "auto_dispatch" : "dispatch", dispatchAt, unitId)) return plan;

  function dispatch(event: CaseEvent, at: Date, unit: number): boolean {
    const previousLead = plan.leadUnitId;
    plan.leadUnitId = unit;
    if (!fire(event, at, event === "auto_dispatch" ? "system" : event === "send_back" ? "citizen" : "operator", unit)) {
      plan.leadUnitId = previousLead;
      return false;
    }
    plan.dispatchedAt ??= at;
    plan.clockStartedAt = at;
    const { policy } = input;
    const kind = policy.clockKind;
    plan.signForDueAt = policy.signForLimit ? addClock(at, { kind, amount: policy.signForLimit }, calendar) : null;
    plan.firstContactDueAt = policy.firstContactLimit
      ? addClock(at, { kind, amount: policy.firstContactLimit }, calendar)
      : null;
    plan.replyDueAt = addClock(at, { kind, amount: policy.replyLimit }, calendar);
    plan.disputeDueAt = addClock(at, { kind: "working_days", amount: DISPUTE_WINDOW_WORKING_DAYS }, calendar);
    return true;
  }

  // A misrouted case: the unit disputes, the operator reassigns.
  if (rng.chance(0.05) || input.hold === "disputed") {
    const disputeAt = later(dispatchAt, 1, 20);
    if (
      !fire(
        "dispute",
        disputeAt,
        "unit_staff",
        unitId,
        input.english ? "Not within our remit." : "不属于本单位职责范围。",
      )
    )
      return plan;
    plan.disputeCount += 1;
    const ruling = later(disputeAt, 0.5, 60);
    unitId = input.alternativeUnitId;
    const designate = rng.chance(0.3);
    if (!dispatch(designate ? "designate" : "reassign", ruling, unitId)) return plan;
    plan.designated = designate;
  }

  for (let round = 0; round < 3; round++) {
    const roundStart = plan.events[plan.events.length - 1]?.occurredAt ?? dispatchAt;
    const quality = input.unitQuality(unitId);
    const allowance = (plan.replyDueAt?.getTime() ?? roundStart.getTime()) - roundStart.getTime();

    const signForAllowance = (plan.signForDueAt?.getTime() ?? roundStart.getTime() + 24 * HOUR) - roundStart.getTime();
    const signedAt = new Date(
      roundStart.getTime() +
        signForAllowance * (rng.chance(quality) ? 0.05 + rng.next() * 0.8 : 1.1 + rng.next() * 1.5),
    );
    if (!fire("sign_for", signedAt, "unit_staff", unitId)) return plan;
    if (round === 0) {
      plan.signedForAt = signedAt;
      plan.signedForOnTime = plan.signForDueAt ? signedAt <= plan.signForDueAt : true;
    }

    const contactedAt = later(signedAt, 1, Math.max(2, allowance / HOUR / 4));
    if (!fire("record_contact", contactedAt, "unit_staff", unitId)) return plan;
    plan.contactedAt ??= contactedAt;

    let working = contactedAt;
    if (rng.chance(0.35) || input.hold === "awaiting_citizen") {
      working = later(contactedAt, 0.5, 24);
      if (!fire("start_work", working, "unit_staff", unitId)) return plan;
      if (rng.chance(0.15) || input.hold === "awaiting_citizen") {
        const waitAt = later(working, 2, 48);
        if (!fire("await_citizen", waitAt, "unit_staff", unitId)) return plan;
        working = later(waitAt, 4, 200);
        if (!fire("citizen_responded", working, "citizen", unitId)) return plan;
      }
    }

    const onTime = rng.chance(quality);
    const replyAt = onTime
      ? new Date(Math.max(working.getTime() + HOUR, roundStart.getTime() + allowance * (0.3 + rng.next() * 0.65)))
      : new Date((plan.replyDueAt ?? working).getTime() + (0.2 + rng.next() * 5) * 24 * HOUR);
    const needsApproval = input.unitRequiresApproval(unitId) || input.hold === "awaiting_approval";
    if (needsApproval) {
      if (plan.status === "contacted") {
        if (!fire("start_work", later(working, 0.2, 2), "unit_staff", unitId)) return plan;
      }
      const submitAt = new Date(replyAt.getTime() - (1 + rng.next() * 6) * HOUR);
      if (!fire("submit_reply", submitAt > working ? submitAt : later(working, 0.1, 0.5), "unit_staff", unitId))
        return plan;
    }

    const outcome = rng.weighted<ReplyOutcome>([
      ["resolved", 0.4 + quality * 0.35],
      ["explained", 0.25],
      ["not_supported", 0.1],
    ]);
    const reply = rng.pick(REPLY_TEXTS.filter((r) => r.outcome === outcome));
    if (!fire(needsApproval ? "approve_reply" : "reply", replyAt, needsApproval ? "unit_head" : "unit_staff", unitId))
      return plan;
    plan.repliedAt = replyAt;
    plan.repliedOnTime = plan.replyDueAt ? replyAt <= plan.replyDueAt : true;
    plan.workingDaysToReply = plan.dispatchedAt
      ? Math.max(0, calendar.workingDaysBetween(plan.dispatchedAt, replyAt))
      : null;
    plan.replyOutcome = outcome;
    plan.replyText = input.english ? reply.en : reply.zh;
    plan.replyLegalBasis =
      outcome === "not_supported"
        ? input.english
          ? "Urban Appearance and Sanitation Regulations, art. 14"
          : "《城市市容和环境卫生管理条例》第十四条"
        : null;
    plan.replyNextSteps =
      outcome === "not_supported"
        ? input.english
          ? "You may apply for administrative review within 60 days."
          : "如对答复不服，可在60日内申请行政复议。"
        : null;
    plan.feedbackDueAt = calendar.addWorkingDays(replyAt, FEEDBACK_WINDOW_WORKING_DAYS);

    // The callback: about three in four citizens answer within the window.
    if (!rng.chance(0.78)) {
      if (fire("close_unrated", plan.feedbackDueAt, "system", unitId)) plan.closedAt = plan.feedbackDueAt;
      return plan;
    }
    const feedbackAt = later(replyAt, 2, 72);
    if (feedbackAt > now) return plan;
    const satisfaction = drawSatisfaction(rng, quality, outcome);
    const solved = outcome === "resolved" ? rng.chance(0.6 + quality * 0.35) : rng.chance(0.15);
    plan.feedback.push({
      round,
      contacted: rng.chance(0.82 + quality * 0.15),
      solved,
      satisfaction,
      unitId,
      createdAt: feedbackAt,
    });
    if (BAD_RATINGS.has(satisfaction) && round < 2 && rng.chance(0.5)) {
      plan.rehandleCount += 1;
      if (!dispatch("send_back", feedbackAt, unitId)) return plan;
      if (plan.rehandleCount >= 2 && rng.chance(0.5)) plan.problemCase = true;
      continue;
    }
    if (fire("accept_reply", feedbackAt, "citizen", unitId)) plan.closedAt = feedbackAt;
    return plan;
  }
  return plan;
}

function drawSatisfaction(rng: SeededRandom, quality: number, outcome: ReplyOutcome): SatisfactionLevel {
  const good = outcome === "resolved" ? quality : quality * 0.6;
  return rng.weighted<SatisfactionLevel>([
    ["very_satisfied", 0.45 * good],
    ["satisfied", 0.35 * good],
    ["basically_satisfied", 0.15],
    ["dissatisfied", 0.12 * (1.2 - good)],
    ["very_dissatisfied", 0.06 * (1.2 - good)],
  ]);
}

export function isPublicEvent(event: CaseEvent): boolean {
  return PUBLIC_EVENTS.has(event);
}
