import { describe, expect, it } from "vitest";
import { isPubliclyVisible, nextPetitionStatus, petitionStage } from "./lifecycle";

describe("petition lifecycle", () => {
  it("follows draft → gathering → moderation → open → closed", () => {
    expect(nextPetitionStatus("draft", "publish_for_support")).toBe("gathering");
    expect(nextPetitionStatus("gathering", "submit_for_moderation")).toBe("moderation");
    expect(nextPetitionStatus("moderation", "approve")).toBe("open");
    expect(nextPetitionStatus("open", "close")).toBe("closed");
    expect(nextPetitionStatus("moderation", "reject")).toBe("rejected");
  });
  it("refuses anything else", () => {
    expect(nextPetitionStatus("draft", "approve")).toBeNull();
    expect(nextPetitionStatus("closed", "close")).toBeNull();
    expect(nextPetitionStatus("open", "reject")).toBeNull();
  });
  it("hides rejections for offensive content, personal data and libel only", () => {
    expect(isPubliclyVisible({ status: "rejected", rejectionCode: "duplicate" })).toBe(true);
    expect(isPubliclyVisible({ status: "rejected", rejectionCode: "libel" })).toBe(false);
    expect(isPubliclyVisible({ status: "rejected", rejectionCode: "personal_data" })).toBe(false);
    expect(isPubliclyVisible({ status: "open", rejectionCode: null })).toBe(true);
    expect(isPubliclyVisible({ status: "draft", rejectionCode: null })).toBe(false);
  });
  it("places petitions on the list's tabs", () => {
    const at = new Date(0);
    expect(petitionStage({ status: "open", responseThresholdAt: null, answeredAt: null })).toBe("open");
    expect(petitionStage({ status: "open", responseThresholdAt: at, answeredAt: null })).toBe("awaiting_answer");
    expect(petitionStage({ status: "closed", responseThresholdAt: at, answeredAt: at })).toBe("answered");
    expect(petitionStage({ status: "closed", responseThresholdAt: null, answeredAt: null })).toBe("closed");
    expect(petitionStage({ status: "moderation", responseThresholdAt: null, answeredAt: null })).toBeNull();
  });
});
