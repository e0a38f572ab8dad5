import { describe, expect, it } from "vitest";
import { CASE_EVENTS } from "./lifecycle";
import { caseNotices } from "./notices";

describe("caseNotices", () => {
  it("tells the lead unit and the citizen of a dispatch", () => {
    expect(caseNotices("dispatch", "dispatched")).toEqual([
      { to: "lead_unit" },
      { to: "citizen", notice: "dispatched" },
    ]);
  });

  it("tells the citizen of a reply only once the case is replied", () => {
    expect(caseNotices("reply", "replied")).toEqual([{ to: "citizen", notice: "replied" }]);
    expect(caseNotices("approve_reply", "replied")).toEqual([{ to: "citizen", notice: "replied" }]);
    expect(caseNotices("submit_reply", "reply_pending_approval" as never)).toEqual([]);
  });

  it("leaves the filing's own dispatch and a unit's internal work silent", () => {
    for (const event of ["auto_dispatch", "sign_for", "add_note", "record_contact", "refuse_extension"] as const)
      expect(caseNotices(event, "dispatched")).toEqual([]);
  });

  it("gives every notice a known recipient", () => {
    for (const event of CASE_EVENTS)
      for (const notice of caseNotices(event, "replied")) expect(["citizen", "lead_unit"]).toContain(notice.to);
  });
});
