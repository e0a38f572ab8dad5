import { describe, expect, it } from "vitest";
import type { TrafficLight } from "../deadlines/traffic-light";
import { gradeLight, gradeScore, type Grade } from "./grading";

describe("gradeScore with the default bands", () => {
  it.each<[number, Grade]>([
    [100, "satisfied"],
    [85, "satisfied"],
    [84.9, "fairly_satisfied"],
    [75, "fairly_satisfied"],
    [74.9, "basically_satisfied"],
    [60, "basically_satisfied"],
    [59.9, "dissatisfied"],
    [0, "dissatisfied"],
  ])("%f → %s", (score, grade) => {
    expect(gradeScore(score)).toBe(grade);
  });
});

describe("gradeScore with custom bands", () => {
  const strict = { satisfied: 90, fairlySatisfied: 80, basicallySatisfied: 70 };
  it.each<[number, Grade]>([
    [89.9, "fairly_satisfied"],
    [70, "basically_satisfied"],
    [65, "dissatisfied"],
  ])("%f → %s", (score, grade) => {
    expect(gradeScore(score, strict)).toBe(grade);
  });

  it("rejects bands out of order and scores that are not numbers", () => {
    expect(() => gradeScore(80, { satisfied: 70, fairlySatisfied: 80, basicallySatisfied: 60 })).toThrow(RangeError);
    expect(() => gradeScore(Number.NaN)).toThrow(RangeError);
  });
});

describe("gradeLight", () => {
  it.each<[Grade, TrafficLight]>([
    ["satisfied", "green"],
    ["fairly_satisfied", "yellow"],
    ["basically_satisfied", "yellow"],
    ["dissatisfied", "red"],
  ])("%s → %s", (grade, light) => {
    expect(gradeLight(grade)).toBe(light);
  });
});
