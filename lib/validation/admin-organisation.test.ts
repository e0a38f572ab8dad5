import { describe, expect, it } from "vitest";
import { dispatchEntrySchema, unitSchema } from "./admin-organisation";

const unit = {
  nameZh: "园林局",
  nameEn: "Parks Bureau",
  unitClass: "city_bureau",
  parentId: "",
  districtId: "",
  requiresReplyApproval: "false",
  contactPhone: "",
  contactEmail: "",
  contactAddress: "",
};

const errorKeys = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("unit form", () => {
  it("reads blanks as none and the approval choice as a boolean", () => {
    expect(unitSchema.parse(unit)).toEqual({
      nameZh: "园林局",
      nameEn: "Parks Bureau",
      unitClass: "city_bureau",
      parentId: null,
      districtId: null,
      requiresReplyApproval: false,
      contactPhone: null,
      contactEmail: null,
      contactAddress: null,
    });
    expect(
      unitSchema.parse({
        ...unit,
        districtId: "3",
        requiresReplyApproval: "true",
        contactPhone: "+86 (571) 1234-5678",
        contactEmail: "parks@example.gov",
      }),
    ).toMatchObject({
      districtId: 3,
      requiresReplyApproval: true,
      contactPhone: "+86 (571) 1234-5678",
      contactEmail: "parks@example.gov",
    });
  });

  it("names each bad field with its message key", () => {
    const result = unitSchema.safeParse({
      ...unit,
      nameEn: " ",
      unitClass: "ministry",
      districtId: "x",
      requiresReplyApproval: "",
      contactPhone: "call me",
      contactEmail: "nobody",
      contactAddress: "a".repeat(301),
    });
    expect(errorKeys(result)).toEqual({
      nameEn: "required",
      unitClass: "required",
      districtId: "invalid",
      requiresReplyApproval: "required",
      contactPhone: "phoneFormat",
      contactEmail: "email",
      contactAddress: "tooLong",
    });
  });
});

describe("dispatch entry form", () => {
  it("requires a real effective date and a lead unit", () => {
    const result = dispatchEntrySchema.safeParse({
      categoryId: "1",
      districtId: "",
      leadUnitId: "",
      coUnitIds: [],
      effectiveFrom: "2026-02-30",
    });
    expect(errorKeys(result)).toEqual({ leadUnitId: "required", effectiveFrom: "invalidDate" });
  });
});
