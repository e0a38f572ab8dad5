import { describe, expect, it } from "vitest";
import { type CatalogueEntry, routeCase } from "./routing";

const entry = (id: number, over: Partial<CatalogueEntry>): CatalogueEntry => ({
  id,
  categoryId: 1,
  districtId: null,
  leadUnitId: 10 + id,
  coUnitIds: [],
  effectiveFrom: "2000-01-01",
  leadUnitActive: true,
  ...over,
});

describe("routeCase", () => {
  const cityWide = entry(1, {});
  const eastOnly = entry(2, { districtId: 7 });
  const newEast = entry(3, { districtId: 7, effectiveFrom: "2026-12-01" });

  it.each([
    ["district entry wins over city-wide", [cityWide, eastOnly], 7, "2026-11-26", 2],
    ["city-wide entry for another district", [cityWide, eastOnly], 8, "2026-11-26", 1],
    ["city-wide entry when no district is known", [cityWide, eastOnly], null, "2026-11-26", 1],
    ["a future entry is not yet in force", [cityWide, eastOnly, newEast], 7, "2026-11-26", 2],
    ["the latest entry in force wins", [cityWide, eastOnly, newEast], 7, "2026-12-01", 3],
  ] as const)("%s", (_, entries, districtId, today, expectedId) => {
    const decision = routeCase(entries, { categoryId: 1, districtId }, today);
    expect(decision.kind === "route" && decision.entry.id).toBe(expectedId);
  });

  it("a category without entries is unroutable", () => {
    expect(routeCase([eastOnly], { categoryId: 1, districtId: 8 }, "2026-11-26").kind).toBe("unroutable");
    expect(routeCase([cityWide], { categoryId: 2, districtId: 8 }, "2026-11-26").kind).toBe("unroutable");
  });

  it("two entries with the same key and date go to an operator", () => {
    const decision = routeCase([eastOnly, entry(4, { districtId: 7 })], { categoryId: 1, districtId: 7 }, "2026-11-26");
    expect(decision.kind).toBe("ambiguous");
  });

  it("an entry pointing to an inactive unit is not used", () => {
    expect(routeCase([entry(5, { leadUnitActive: false })], { categoryId: 1, districtId: 7 }, "2026-11-26").kind).toBe(
      "unroutable",
    );
  });

  it("a report is never routed to the unit it accuses, as lead or co-unit", () => {
    const withCo = entry(4, { leadUnitId: 20, coUnitIds: [21] });
    const subject = { categoryId: 1, districtId: null };
    expect(routeCase([withCo], { ...subject, accusedUnitId: 20 }, "2026-11-26").kind).toBe("accused");
    expect(routeCase([withCo], { ...subject, accusedUnitId: 21 }, "2026-11-26").kind).toBe("accused");
    expect(routeCase([withCo], { ...subject, accusedUnitId: 22 }, "2026-11-26").kind).toBe("route");
    expect(routeCase([withCo], { ...subject, accusedUnitId: null }, "2026-11-26").kind).toBe("route");
  });
});
