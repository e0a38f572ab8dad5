import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { pinForwardedHeaders } from "./client-address";

describe("pinForwardedHeaders", () => {
  it("replaces a client's forwarded host, scheme and port with the site's own", () => {
    const request = {
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher", "x-forwarded-port": "1" },
    } as unknown as IncomingMessage;
    pinForwardedHeaders(request, "https://answerable.example.gov");
    expect(request.headers).toEqual({
      "x-forwarded-host": "answerable.example.gov",
      "x-forwarded-proto": "https",
    });
  });
});
