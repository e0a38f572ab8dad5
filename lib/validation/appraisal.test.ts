import { describe, expect, it } from "vitest";
import { campaignSchema, parseBallotForm } from "./appraisal";

describe("campaign form", () => {
  const valid = {
    name: "2026 appraisal",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
    unitIds: ["1", "2"],
    appraisalWeight: "70",
    minimumSample: "10",
    burstThreshold: "5",
    bottomCount: "3",
  };

  it("reads numbers and units", () => {
    expect(campaignSchema.parse(valid)).toMatchObject({ unitIds: [1, 2], appraisalWeight: 70, minimumSample: 10 });
  });

  it("reports every problem at once", () => {
    const result = campaignSchema.safeParse({
      ...valid,
      name: "",
      unitIds: [],
      appraisalWeight: "120",
      periodFrom: "2026-02-30",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(messages).toMatchObject({
      name: "required",
      unitIds: "chooseUnits",
      appraisalWeight: "outOfRange",
      periodFrom: "date",
    });
  });

  it("refuses a period that ends before it starts", () => {
    const result = campaignSchema.safeParse({ ...valid, periodTo: "2025-12-31" });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["periodTo", "periodOrder"]]);
  });
});

describe("ballot form", () => {
  it("keeps the rated units, skips the others and trims comments", () => {
    const { entries, errors } = parseBallotForm(
      { "light-1": "green", "comment-1": "  fast  ", "light-2": "", "comment-2": "", "light-3": "red" },
      [1, 2, 3],
    );
    expect(errors).toEqual({});
    expect(entries).toEqual([
      { unitId: 1, light: "green", comment: "fast" },
      { unitId: 3, light: "red", comment: null },
    ]);
  });

  it("ignores fields for units that are not on the ballot", () => {
    expect(parseBallotForm({ "light-9": "green" }, [1]).errors).toEqual({ form: ["emptyBallot"] });
  });

  it("asks for a light when there is a comment, and refuses unknown lights", () => {
    const { errors } = parseBallotForm({ "light-1": "", "comment-1": "why?", "light-2": "blue" }, [1, 2]);
    expect(Object.keys(errors).sort()).toEqual(["light-1", "light-2"]);
    expect(errors["light-1"]).toEqual(["lightForComment"]);
  });

  it("refuses a comment that is too long", () => {
    expect(parseBallotForm({ "light-1": "green", "comment-1": "x".repeat(1001) }, [1]).errors).toEqual({
      "comment-1": ["tooLong"],
    });
  });
});
