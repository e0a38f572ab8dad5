import { describe, expect, it } from "vitest";
import { extensionRequestSchema, replySchema } from "./case-actions";

describe("replySchema", () => {
  it("a refusal needs its legal basis and what the citizen can do next", () => {
    const result = replySchema.safeParse({ outcome: "not_supported", text: "No.", legalBasis: "", nextSteps: " " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["legalBasis", "legalBasisRequired"],
      ["nextSteps", "nextStepsRequired"],
    ]);
  });

  it("reports every problem at once", () => {
    const result = replySchema.safeParse({ outcome: "", text: "" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["outcome", "text"]);
  });

  it("accepts a resolved reply and blanks optional fields", () => {
    expect(replySchema.parse({ outcome: "resolved", text: "Fixed.", legalBasis: "", nextSteps: "" })).toEqual({
      outcome: "resolved",
      text: "Fixed.",
      legalBasis: null,
      nextSteps: null,
    });
  });
});

describe("extensionRequestSchema", () => {
  it.each([
    [{ amount: "3", reason: "Parts" }, true],
    [{ amount: "0", reason: "Parts" }, false],
    [{ amount: "2.5", reason: "Parts" }, false],
    [{ amount: "3", reason: "" }, false],
  ])("%j → %s", (input, ok) => {
    expect(extensionRequestSchema.safeParse(input).success).toBe(ok);
  });
});
