import type { NextRequest } from "next/server";
import { apiErrorResponse } from "@/lib/api/error-body";
import { handlers } from "@/lib/auth/auth";
import { enforceRateLimit } from "@/lib/http/rate-limit";

// Auth.js's own endpoints. Signing in and following a sign-in link are limited per client
// address here, before Auth.js runs; the per-account limit sits in the providers (lib/auth/auth.ts),
// where it also covers our own sign-in forms.
const LIMITED = /^\/api\/auth\/(signin|callback)\//;

async function limited(request: NextRequest): Promise<Response | null> {
  if (!LIMITED.test(request.nextUrl.pathname)) return null;
  try {
    await enforceRateLimit("signIn");
    return null;
  } catch (error) {
    return apiErrorResponse(error, { requestId: request.headers.get("x-request-id") });
  }
}

export async function GET(request: NextRequest): Promise<Response> {
  return (await limited(request)) ?? handlers.GET(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  return (await limited(request)) ?? handlers.POST(request);
}
