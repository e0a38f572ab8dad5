import { describe, expect, it } from "vitest";
import { collectFormValues, translateErrorKey } from "./form-values";

describe("collectFormValues", () => {
  it("keeps every field as typed, lists for checkbox groups, and skips React's internal fields", () => {
    const data = new FormData();
    data.append("note", "  spaced  ");
    data.append("coUnitIds", "3");
    data.append("coUnitIds", "5");
    data.append("$ACTION_ID_abc", "x");
    expect(collectFormValues(data, ["coUnitIds", "tags"])).toEqual({
      note: "  spaced  ",
      coUnitIds: ["3", "5"],
      tags: [],
    });
  });
});

describe("translateErrorKey", () => {
  const messages: Record<string, string> = {
    "workflow.errors.designated": "Designated.",
    "validation.required": "Required.",
    "validation.invalid": "Invalid.",
  };
  const t = Object.assign((key: string) => messages[key] ?? key, { has: (key: string) => key in messages });

  it.each([
    ["designated", "Designated."],
    ["required", "Required."],
    ["somethingElse", "Invalid."],
  ])("%s → %s", (key, expected) => {
    expect(translateErrorKey(t, "workflow.errors", key)).toBe(expected);
  });
});
