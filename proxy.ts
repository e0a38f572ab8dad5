import { type NextRequest, NextResponse } from "next/server";

// Gives every request an id for the logs and tells server components which path was asked for.
export default function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  if (!requestHeaders.get("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("x-request-id", requestHeaders.get("x-request-id") ?? "");
  return response;
}

export const config = {
  // Pages, server actions and the API; static files need neither the path nor a request id.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
