// Overdue cards (docs/rules.md#traffic-light): a deadline missed by `yellowAfterWorkingDays` working days earns
// a yellow card, by `redAfterWorkingDays` a red card, both thresholds per SLA policy. A card is
// earned once per deadline kind, due date and card kind; a later round (re-handling, a new
// dispatch) has new due dates and so earns its own cards.
//
// Lateness is measured up to the moment the deadline was met, or up to now while it is not: a
// sign-for made two working days late still earns its yellow card even if the job did not run
// in between, and a deadline met in time earns nothing however long ago it fell due.
import type { WorkingCalendar } from "../calendar/working-calendar";
import { type CardPolicy, DEFAULT_CARDS, workingDaysOverdue } from "../deadlines/traffic-light";

export const CARD_KINDS = ["yellow", "red"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** The deadlines a unit can miss, in the order a case meets them. */
export const CARD_DEADLINES = ["sign_for", "first_contact", "reply"] as const;
export type CardDeadline = (typeof CARD_DEADLINES)[number];

export interface TrackedDeadline {
  deadline: CardDeadline;
  dueAt: Date | null;
  /** When the unit met it (signed for, contacted, replied), or null while it has not. */
  metAt: Date | null;
}

export interface EarnedCard {
  deadline: CardDeadline;
  dueAt: Date;
  kind: CardKind;
}

/** The card thresholds of an SLA policy; a case without a policy has the shipped defaults. */
export function cardPolicyOf(
  policy: { yellowCardAfterWorkingDays: number; redCardAfterWorkingDays: number } | null | undefined,
): CardPolicy {
  if (!policy) return DEFAULT_CARDS;
  return {
    yellowAfterWorkingDays: policy.yellowCardAfterWorkingDays,
    redAfterWorkingDays: policy.redCardAfterWorkingDays,
  };
}

/** Working days a deadline was (or is) missed by, or null if it was met in time or is not due yet. */
export function lateness(deadline: TrackedDeadline, now: Date, calendar: WorkingCalendar): number | null {
  if (!deadline.dueAt) return null;
  const until = deadline.metAt ?? now;
  if (until.getTime() < deadline.dueAt.getTime()) return null;
  return workingDaysOverdue(until, deadline.dueAt, calendar);
}

/** Every card the deadlines have earned by now: a red card comes with the yellow one before it. */
export function earnedCards(input: {
  deadlines: readonly TrackedDeadline[];
  now: Date;
  calendar: WorkingCalendar;
  policy?: CardPolicy;
}): EarnedCard[] {
  const policy = input.policy ?? DEFAULT_CARDS;
  const thresholds: Record<CardKind, number> = {
    yellow: policy.yellowAfterWorkingDays,
    red: policy.redAfterWorkingDays,
  };
  const earned: EarnedCard[] = [];
  for (const deadline of input.deadlines) {
    const late = lateness(deadline, input.now, input.calendar);
    if (late === null || !deadline.dueAt) continue;
    for (const kind of CARD_KINDS) {
      if (late >= thresholds[kind]) earned.push({ deadline: deadline.deadline, dueAt: deadline.dueAt, kind });
    }
  }
  return earned;
}

/** The card a case shows now: its strongest earned card, and for which deadline and due date. */
export function currentCard(input: Parameters<typeof earnedCards>[0]): EarnedCard | null {
  const rank: Record<CardKind, number> = { yellow: 1, red: 2 };
  let strongest: EarnedCard | null = null;
  for (const card of earnedCards(input)) {
    if (!strongest || rank[card.kind] > rank[strongest.kind]) strongest = card;
  }
  return strongest;
}
