// Rankings by class of unit (docs/rules.md#transparency): the top and bottom five by composite score. A unit
// whose score is "too few cases" is not ranked at all — placing it last would brand it worst on
// no evidence — and is listed apart.

export interface Rankable {
  unitClass: string;
  /** Null when the composite score has too few rated cases. */
  score: number | null;
  ratedCases: number;
  code: string;
}

export interface ClassRanking<T extends Rankable> {
  unitClass: T["unitClass"];
  /** Best first. */
  top: T[];
  /** Worst first; never repeats a unit already in `top`. */
  bottom: T[];
  ranked: number;
  unranked: T[];
}

/** Best score first; equal scores by more rated cases, then by code so the order is stable. */
export function compareRankable(a: Rankable, b: Rankable): number {
  return (b.score ?? -Infinity) - (a.score ?? -Infinity) || b.ratedCases - a.ratedCases || a.code.localeCompare(b.code);
}

export function rankByClass<T extends Rankable>(
  rows: readonly T[],
  classOrder: readonly T["unitClass"][],
  size = 5,
): ClassRanking<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`bad ranking size ${size}`);
  const classes: T["unitClass"][] = [
    ...classOrder,
    ...new Set(rows.map((row) => row.unitClass).filter((unitClass) => !classOrder.includes(unitClass))),
  ];
  return classes
    .map((unitClass): ClassRanking<T> => {
      const members = rows.filter((row) => row.unitClass === unitClass);
      const ranked = members.filter((row) => row.score !== null).sort(compareRankable);
      const top = ranked.slice(0, size);
      const bottom = ranked.slice(Math.max(size, ranked.length - size)).reverse();
      const unranked = members
        .filter((row) => row.score === null)
        .sort((a, b) => b.ratedCases - a.ratedCases || a.code.localeCompare(b.code));
      return { unitClass, top, bottom, ranked: ranked.length, unranked };
    })
    .filter((ranking) => ranking.ranked + ranking.unranked.length > 0);
}
