import { env } from "@/lib/env";

/**
 * The address mailed links start with: APP_URL (required in production), else this machine in the
 * demo. Never the request's Host or X-Forwarded-* headers, which a client can forge to have a
 * sign-in or invitation link point at a site of theirs.
 */
export async function requestOrigin(): Promise<string> {
  return env().appUrl;
}
