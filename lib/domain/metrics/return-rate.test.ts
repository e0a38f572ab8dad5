import { describe, expect, it } from "vitest";
import { type ReturnFacts, returnCharges, returnTallies, returnTally } from "./return-rate";

describe("returnCharges", () => {
  it.each<{ name: string; facts: ReturnFacts<string>; charges: ReturnType<typeof returnCharges<string>> }>([
    {
      name: "replied, never returned",
      facts: { replyingUnit: "B", returnedBy: [] },
      charges: [{ unit: "B", returned: false }],
    },
    {
      name: "returned by A, replied by B",
      facts: { replyingUnit: "B", returnedBy: ["A"] },
      charges: [
        { unit: "A", returned: true },
        { unit: "B", returned: false },
      ],
    },
    {
      name: "A returned it twice: counted once",
      facts: { replyingUnit: "B", returnedBy: ["A", "A"] },
      charges: [
        { unit: "A", returned: true },
        { unit: "B", returned: false },
      ],
    },
    {
      name: "A returned it, then was designated and replied",
      facts: { replyingUnit: "A", returnedBy: ["A"] },
      charges: [{ unit: "A", returned: true }],
    },
    {
      name: "A, then C returned it, B replied",
      facts: { replyingUnit: "B", returnedBy: ["A", "C"] },
      charges: [
        { unit: "A", returned: true },
        { unit: "C", returned: true },
        { unit: "B", returned: false },
      ],
    },
    {
      name: "returned, then answered by the dispatch centre",
      facts: { replyingUnit: null, returnedBy: ["A"] },
      charges: [{ unit: "A", returned: true }],
    },
    { name: "answered by the dispatch centre", facts: { replyingUnit: null, returnedBy: [] }, charges: [] },
  ])("$name", ({ facts, charges }) => {
    expect(returnCharges(facts)).toEqual(charges);
  });
});

describe("returnTally", () => {
  const cases: ReturnFacts<string>[] = [
    { replyingUnit: "B", returnedBy: ["A"] },
    { replyingUnit: "B", returnedBy: [] },
    { replyingUnit: "A", returnedBy: [] },
    { replyingUnit: "B", returnedBy: ["A", "C", "A"] },
    { replyingUnit: "C", returnedBy: ["C"] },
    { replyingUnit: null, returnedBy: [] },
  ];

  it.each([
    { unit: "A", returned: 2, base: 3 },
    { unit: "B", returned: 0, base: 3 },
    { unit: "C", returned: 2, base: 2 },
    { unit: "D", returned: 0, base: 0 },
  ])("unit $unit: $returned of $base", ({ unit, returned, base }) => {
    expect(returnTally(cases, unit)).toEqual({ returned, base });
  });

  it("the city is the sum of the units' numerators over the sum of their denominators", () => {
    const units = [...returnTallies(cases).values()];
    const sum = units.reduce((a, b) => ({ returned: a.returned + b.returned, base: a.base + b.base }), {
      returned: 0,
      base: 0,
    });
    expect(returnTally(cases)).toEqual(sum);
    expect(sum).toEqual({ returned: 4, base: 8 });
  });

  it("tallies every unit in the order it first appears", () => {
    expect([...returnTallies(cases).keys()]).toEqual(["A", "B", "C"]);
  });
});
