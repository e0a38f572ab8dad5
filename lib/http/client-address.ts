import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { type TrustedRanges, clientKey } from "@/lib/domain/limits/client-address";

// The production server (scripts/serve.ts) sees the socket; Next.js's handlers see only headers.
// So the server works out the client's key from the socket and TRUSTED_PROXIES, and hands it on
// in a header together with a proof only this process knows. Both headers are overwritten on
// every request, so a client cannot supply its own; without the proof (e.g. under `next start`)
// the header is not believed and every request counts as "unknown".

export const CLIENT_HEADER = "x-answerable-client";
export const CLIENT_PROOF_HEADER = "x-answerable-client-proof";

export function stampClientAddress(request: IncomingMessage, ranges: TrustedRanges, proof: string): void {
  const forwarded = request.headers["x-forwarded-for"];
  const key = clientKey(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    ranges,
  );
  request.headers[CLIENT_HEADER] = key;
  request.headers[CLIENT_PROOF_HEADER] = proof;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The client's key as the server stamped it, or "unknown" when the stamp cannot be trusted. */
export function clientAddressFrom(headers: Headers, proof: string | undefined): string {
  const given = headers.get(CLIENT_PROOF_HEADER);
  const key = headers.get(CLIENT_HEADER);
  if (!proof || !given || !key || !same(given, proof)) return "unknown";
  return key;
}

/**
 * The site's own scheme and host replace whatever X-Forwarded-Host/-Proto/-Port a client sent:
 * Auth.js and Next.js build absolute URLs from them, and the only public address is APP_URL.
 */
export function pinForwardedHeaders(request: IncomingMessage, appUrl: string): void {
  const site = new URL(appUrl);
  request.headers["x-forwarded-host"] = site.host;
  request.headers["x-forwarded-proto"] = site.protocol.replace(/:$/, "");
  delete request.headers["x-forwarded-port"];
}
