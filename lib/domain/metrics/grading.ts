// Appraisal bands for a unit's composite score (docs/rules.md#grade-bands): the usual 民主评议 grades,
// each shown as a traffic light; a red grade fails.
import type { TrafficLight } from "../deadlines/traffic-light";

export type Grade = "satisfied" | "fairly_satisfied" | "basically_satisfied" | "dissatisfied";

/** Lowest score of each grade; anything below `basicallySatisfied` is dissatisfied. */
export interface GradeBands {
  satisfied: number;
  fairlySatisfied: number;
  basicallySatisfied: number;
}

export const DEFAULT_GRADE_BANDS: GradeBands = { satisfied: 85, fairlySatisfied: 75, basicallySatisfied: 60 };

const GRADE_LIGHTS: Record<Grade, TrafficLight> = {
  satisfied: "green",
  fairly_satisfied: "yellow",
  basically_satisfied: "yellow",
  dissatisfied: "red",
};

export function gradeScore(score: number, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (!Number.isFinite(score)) throw new RangeError(`score ${score} is not a number`);
  if (!(bands.satisfied >= bands.fairlySatisfied && bands.fairlySatisfied >= bands.basicallySatisfied)) {
    throw new RangeError("grade bands must descend: satisfied ≥ fairly satisfied ≥ basically satisfied");
  }
  if (score >= bands.satisfied) return "satisfied";
  if (score >= bands.fairlySatisfied) return "fairly_satisfied";
  if (score >= bands.basicallySatisfied) return "basically_satisfied";
  return "dissatisfied";
}

export function gradeLight(grade: Grade): TrafficLight {
  return GRADE_LIGHTS[grade];
}
