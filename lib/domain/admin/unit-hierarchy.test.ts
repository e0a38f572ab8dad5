import { describe, expect, it } from "vitest";
import { hierarchyOrder, wouldCreateCycle } from "./unit-hierarchy";

// city(1) ─ bureau(2) ─ office(3) ─ team(4); district(5) stands alone.
const units = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 3 },
  { id: 5, parentId: null },
];

describe("wouldCreateCycle", () => {
  it.each([
    { name: "no parent", unitId: 2, newParentId: null, expected: false },
    { name: "its own parent", unitId: 2, newParentId: 2, expected: true },
    { name: "under its child", unitId: 2, newParentId: 3, expected: true },
    { name: "under its grandchild", unitId: 2, newParentId: 4, expected: true },
    { name: "the root under a leaf", unitId: 1, newParentId: 4, expected: true },
    { name: "under an unrelated unit", unitId: 2, newParentId: 5, expected: false },
    { name: "under its current parent", unitId: 3, newParentId: 2, expected: false },
    { name: "a leaf under the root", unitId: 4, newParentId: 1, expected: false },
    { name: "a new unit (not yet stored) under any unit", unitId: 99, newParentId: 4, expected: false },
    { name: "under an unknown parent", unitId: 2, newParentId: 42, expected: false },
  ])("$name → $expected", ({ unitId, newParentId, expected }) => {
    expect(wouldCreateCycle(units, unitId, newParentId)).toBe(expected);
  });

  it("terminates on a hierarchy that already has a loop", () => {
    const broken = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: null },
    ];
    expect(wouldCreateCycle(broken, 3, 1)).toBe(false);
    expect(wouldCreateCycle(broken, 1, 2)).toBe(true);
  });
});

describe("hierarchyOrder", () => {
  it("lists each parent before its children, with depth", () => {
    const shuffled = [units[3]!, units[4]!, units[0]!, units[2]!, units[1]!];
    expect(hierarchyOrder(shuffled).map(({ unit, depth }) => [unit.id, depth])).toEqual([
      [5, 0],
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
  });
  it("keeps units caught in a loop", () => {
    const broken = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ];
    expect(hierarchyOrder(broken).map(({ unit }) => unit.id)).toEqual([1, 2]);
  });
});
