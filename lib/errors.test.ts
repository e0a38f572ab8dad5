import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError, toPublicError } from "./errors";
import en from "./i18n/messages/en/core.json";

describe("toPublicError", () => {
  it.each([
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["validation", 422],
    ["invalid_transition", 409],
    ["rate_limited", 429],
  ] as const)("%s → %i", (code, status) => {
    expect(toPublicError(new AppError(code)).status).toBe(status);
  });

  it("hides unknown errors behind a 500", () => {
    const result = toPublicError(new Error("SELECT * FROM secrets failed"));
    expect(result).toEqual({ code: "internal", status: 500, messageKey: "errors.internal" });
  });

  it("every code has a translated message", () => {
    for (const code of [...APP_ERROR_CODES, "internal" as const]) expect(en.errors[code]).toBeTruthy();
  });
});
