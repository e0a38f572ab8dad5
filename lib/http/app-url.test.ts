import { describe, expect, it } from "vitest";
import { onAppOrigin } from "./app-url";

describe("onAppOrigin", () => {
  it("moves a link and its callback onto APP_URL, keeping path and query", () => {
    const link =
      "http://evil.example/api/auth/callback/email?callbackUrl=http%3A%2F%2Fevil.example%2Fmy-cases&token=abc&email=a%40b.c";
    const moved = new URL(onAppOrigin(link, "https://feedback.city.gov"));
    expect(moved.origin).toBe("https://feedback.city.gov");
    expect(moved.pathname).toBe("/api/auth/callback/email");
    expect(moved.searchParams.get("token")).toBe("abc");
    expect(moved.searchParams.get("callbackUrl")).toBe("https://feedback.city.gov/my-cases");
  });

  it("keeps a relative callback on APP_URL", () => {
    const moved = new URL(onAppOrigin("http://localhost:3000/x?callbackUrl=%2Fmy-cases", "http://localhost:3100"));
    expect(moved.searchParams.get("callbackUrl")).toBe("http://localhost:3100/my-cases");
  });
});
