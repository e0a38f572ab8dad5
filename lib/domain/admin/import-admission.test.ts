import { describe, expect, it } from "vitest";
import { importAdmissible, monthStart, refusalOf } from "./import-admission";

const today = "2026-03-10";

describe("refusalOf", () => {
  it("admits dates before the open month when no go-live date is set", () => {
    expect(refusalOf("2026-02-28", { goLive: null, today })).toBeNull();
    expect(refusalOf("2019-01-01", { goLive: null, today })).toBeNull();
  });

  it("refuses the open month from its first day, and the future", () => {
    expect(refusalOf("2026-03-01", { goLive: null, today })).toBe("openPeriod");
    expect(refusalOf("2026-03-10", { goLive: null, today })).toBe("openPeriod");
    expect(refusalOf("2026-03-11", { goLive: null, today })).toBe("inFuture");
  });

  it("refuses the go-live date and every day after it", () => {
    const rules = { goLive: "2026-01-15", today };
    expect(refusalOf("2026-01-14", rules)).toBeNull();
    expect(refusalOf("2026-01-15", rules)).toBe("afterGoLive");
    expect(refusalOf("2026-02-20", rules)).toBe("afterGoLive");
    // Inside the open month, after go-live: the go-live date is the reason given.
    expect(refusalOf("2026-03-05", rules)).toBe("afterGoLive");
  });

  it("a go-live date inside the open month does not admit the days of the open month before it", () => {
    const rules = { goLive: "2026-03-20", today };
    expect(refusalOf("2026-03-02", rules)).toBe("openPeriod");
    expect(refusalOf("2026-02-27", rules)).toBeNull();
  });
});

describe("importAdmissible", () => {
  const rules = { goLive: "2026-01-01", today };

  it("admits a case whose every date is before go-live and the open month", () => {
    expect(
      importAdmissible({ createdAt: "2025-11-02", repliedAt: "2025-11-20", closedAt: "2025-12-31" }, rules),
    ).toEqual({ admitted: true });
    expect(importAdmissible({ createdAt: "2025-11-02", repliedAt: null, closedAt: null }, rules)).toEqual({
      admitted: true,
    });
  });

  it("refuses a case any of whose dates is on or after go-live, naming the first such date", () => {
    expect(
      importAdmissible({ createdAt: "2025-12-20", repliedAt: "2026-01-02", closedAt: "2026-01-05" }, rules),
    ).toEqual({ admitted: false, field: "replied_at", reason: "afterGoLive" });
    expect(
      importAdmissible({ createdAt: "2025-12-20", repliedAt: "2025-12-30", closedAt: "2026-01-05" }, rules),
    ).toEqual({ admitted: false, field: "closed_at", reason: "afterGoLive" });
  });

  it("refuses a case closed in the open month when no go-live date is set", () => {
    expect(
      importAdmissible(
        { createdAt: "2026-02-20", repliedAt: "2026-02-27", closedAt: "2026-03-02" },
        { goLive: null, today },
      ),
    ).toEqual({ admitted: false, field: "closed_at", reason: "openPeriod" });
  });
});

describe("monthStart", () => {
  it("is the first day of the month", () => {
    expect(monthStart("2026-12-31")).toBe("2026-12-01");
    expect(monthStart("2026-01-01")).toBe("2026-01-01");
  });
});
