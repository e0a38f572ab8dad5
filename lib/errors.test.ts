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

  it("answers 503 with a retry for a database that cannot be reached, also wrapped by the query builder", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const shutdown = Object.assign(new Error("terminating connection"), { code: "57P01" });
    const wrapped = new Error("Failed query: insert into cases …", { cause: shutdown });
    for (const error of [refused, shutdown, wrapped])
      expect(toPublicError(error)).toMatchObject({ code: "unavailable", status: 503, retryAfterSeconds: 5 });
    // A constraint violation is not an outage.
    expect(toPublicError(Object.assign(new Error("duplicate key"), { code: "23505" })).status).toBe(500);
  });

  it("every code has a translated message", () => {
    for (const code of [...APP_ERROR_CODES, "internal" as const]) expect(en.errors[code]).toBeTruthy();
  });
});
