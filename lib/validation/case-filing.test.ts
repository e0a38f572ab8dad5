import { describe, expect, it } from "vitest";
import { caseFilingSchema } from "./case-filing";

const base = {
  type: "complaint",
  categoryId: "3",
  title: "Bins",
  description: "Not emptied.",
  anonymous: "on",
  idempotencyKey: "abcdefghijklmnop-1",
};

describe("caseFilingSchema: the district or a pin", () => {
  it.each([
    ["a district and no pin", { districtId: "2" }, null],
    ["a pin and no district", { latitude: "30.55", longitude: "114.35" }, null],
    ["both", { districtId: "2", latitude: "30.55", longitude: "114.35" }, null],
    ["neither", {}, ["districtId", "required"]],
    ["half a pin and no district", { latitude: "30.55" }, ["districtId", "required"]],
  ] as const)("%s", (_, fields, error) => {
    const parsed = caseFilingSchema.safeParse({ ...base, ...fields });
    if (error === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => [String(i.path[0]), i.message])).toContainEqual([error[0], error[1]]);
  });
});
