import { describe, expect, it } from "vitest";
import { rankByClass } from "./ranking";

const unit = (code: string, unitClass: string, score: number | null, ratedCases = 20) => ({
  code,
  unitClass,
  score,
  ratedCases,
});

describe("rankByClass", () => {
  it("lists the top and bottom five of each class without repeating a unit", () => {
    const rows = Array.from({ length: 12 }, (_, index) =>
      unit(`b${String(index).padStart(2, "0")}`, "bureau", 50 + index),
    );
    const [bureaus] = rankByClass(rows, ["bureau"]);
    expect(bureaus?.top.map((row) => row.score)).toEqual([61, 60, 59, 58, 57]);
    expect(bureaus?.bottom.map((row) => row.score)).toEqual([50, 51, 52, 53, 54]);
    expect(bureaus?.ranked).toBe(12);
  });

  it("puts fewer than ten units once, best in the top list", () => {
    const rows = [
      unit("a", "street", 90),
      unit("b", "street", 70),
      unit("c", "street", 80),
      unit("d", "street", 60),
      unit("e", "street", 85),
      unit("f", "street", 65),
      unit("g", "street", 75),
    ];
    const [streets] = rankByClass(rows, ["street"]);
    expect(streets?.top.map((row) => row.code)).toEqual(["a", "e", "c", "g", "b"]);
    expect(streets?.bottom.map((row) => row.code)).toEqual(["d", "f"]);
  });

  it("never ranks a unit with too few rated cases, and keeps classes in the given order", () => {
    const rows = [
      unit("x", "company", null, 3),
      unit("y", "bureau", 70),
      unit("z", "company", null, 8),
      unit("w", "company", 88),
    ];
    const rankings = rankByClass(rows, ["bureau", "district", "company"]);
    expect(rankings.map((ranking) => ranking.unitClass)).toEqual(["bureau", "company"]);
    expect(rankings[1]?.top.map((row) => row.code)).toEqual(["w"]);
    expect(rankings[1]?.unranked.map((row) => row.code)).toEqual(["z", "x"]);
  });

  it("breaks ties by rated cases, then by code", () => {
    const [ranking] = rankByClass([unit("b", "c", 80, 30), unit("a", "c", 80, 30), unit("c", "c", 80, 40)], ["c"]);
    expect(ranking?.top.map((row) => row.code)).toEqual(["c", "a", "b"]);
  });
});
