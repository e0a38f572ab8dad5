// The return (退单, dispute) rate (docs/rules.md#metrics, issue 14 item 7): a return counts against
// the unit that returned the case, never against the unit that finally replied.
//
// Like every published rate it is counted over the cases whose reply fell in the period. Each such
// case is charged once to every unit that had it as lead and either replied to it or returned it:
// - the denominator of a unit is the number of those cases it replied to or returned (a case
//   counts once for the unit however many times the unit returned it);
// - the numerator is the number of those cases the unit returned at least once.
// The city-wide rate is the sum of the units' numerators over the sum of their denominators, so a
// case that passed through three units counts three times there. Everything needed is in the
// open-data cases download: `replied_at`, `unit_code` and `returned_by_unit_codes`.

/** A replied case as the return rate sees it: who replied, and who returned it, in order. */
export interface ReturnFacts<U> {
  /** The unit that replied (the lead unit at the reply); null when the dispatch centre answered. */
  replyingUnit: U | null;
  /** The unit of each return (dispute) event, oldest first; repeats allowed. */
  returnedBy: readonly U[];
}

export interface ReturnCharge<U> {
  unit: U;
  /** Whether this unit returned the case at least once (the numerator). */
  returned: boolean;
}

/**
 * The units a replied case is charged to for the return rate, each once: the returning units in
 * the order they first returned it, then the replying unit if it never returned it. A case the
 * dispatch centre answered without any unit returning it is charged to nobody.
 */
export function returnCharges<U>(facts: ReturnFacts<U>): ReturnCharge<U>[] {
  const charges: ReturnCharge<U>[] = [];
  const seen = new Set<U>();
  for (const unit of facts.returnedBy) {
    if (seen.has(unit)) continue;
    seen.add(unit);
    charges.push({ unit, returned: true });
  }
  if (facts.replyingUnit !== null && !seen.has(facts.replyingUnit))
    charges.push({ unit: facts.replyingUnit, returned: false });
  return charges;
}

export interface ReturnTally {
  /** Cases the unit returned at least once. */
  returned: number;
  /** Cases the unit replied to or returned. */
  base: number;
}

export const ZERO_RETURN_TALLY: ReturnTally = { returned: 0, base: 0 };

/** The numerator and denominator of one unit's return rate, or the city's when `unit` is omitted. */
export function returnTally<U>(cases: readonly ReturnFacts<U>[], unit?: U): ReturnTally {
  let returned = 0;
  let base = 0;
  for (const item of cases)
    for (const charge of returnCharges(item)) {
      if (unit !== undefined && charge.unit !== unit) continue;
      base += 1;
      if (charge.returned) returned += 1;
    }
  return { returned, base };
}

/** Every unit's tally over the cases, in the order units first appear. */
export function returnTallies<U>(cases: readonly ReturnFacts<U>[]): Map<U, ReturnTally> {
  const tallies = new Map<U, ReturnTally>();
  for (const item of cases)
    for (const charge of returnCharges(item)) {
      const tally = tallies.get(charge.unit) ?? { returned: 0, base: 0 };
      tallies.set(charge.unit, {
        returned: tally.returned + (charge.returned ? 1 : 0),
        base: tally.base + 1,
      });
    }
  return tallies;
}
