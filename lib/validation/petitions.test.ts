import { describe, expect, it } from "vitest";
import { petitionDraftSchema, signatureSchema } from "./petitions";

describe("petition form schemas", () => {
  it("reads unticked boxes (absent from the form) as false and ticked ones as true", () => {
    const draft = petitionDraftSchema.parse({ title: "T", action: "A", categoryId: "3" });
    expect(draft.showCreatorName).toBe(false);
    const signed = signatureSchema.parse({ name: "N", email: "n@example.org", districtCode: "binhai", consent: "yes" });
    expect(signed).toMatchObject({ consent: true, notify: false });
    expect(
      signatureSchema.parse({ name: "N", email: "n@example.org", districtCode: "binhai", consent: true, notify: true })
        .notify,
    ).toBe(true);
  });
  it("refuses a signature without consent, with a message key", () => {
    const result = signatureSchema.safeParse({ name: "N", email: "n@example.org", districtCode: "binhai" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("consentRequired");
  });
});
