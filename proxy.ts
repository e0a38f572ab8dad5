import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/http/security-headers";

// Every request gets an id for the logs, a fresh CSP nonce (Next.js reads it from the request's
// policy and puts it on its scripts), and the security headers; server components learn which
// path was asked for.
export default function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  if (!requestHeaders.get("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const security = securityHeaders({
    nonce,
    https: env().appUrl.startsWith("https://"),
    development: process.env.NODE_ENV === "development",
  });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", security["content-security-policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestHeaders.get("x-request-id") ?? "");
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages, server actions and the API; static files need neither the path nor a request id.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
