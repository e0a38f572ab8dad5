// The headers every response carries (proxy.ts), and the guest page cache replays with a copy.

export const SECURITY_HEADER_NAMES = [
  "content-security-policy",
  "strict-transport-security",
  "referrer-policy",
  "x-content-type-options",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
] as const;

/**
 * No script runs unless it carries this response's nonce (Next.js puts it on its own scripts)
 * or was loaded by one that does ('strict-dynamic'); nothing may frame the portal; forms post
 * only to it. Styles may be inline: React's style attributes need that, and they cannot run code.
 */
export function securityHeaders(options: { nonce: string; https: boolean; development: boolean }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const headers: Record<(typeof SECURITY_HEADER_NAMES)[number], string | undefined> = {
    "content-security-policy": csp,
    // Only over HTTPS: a browser must never be told to insist on HTTPS for a plain-HTTP demo.
    "strict-transport-security": options.https ? "max-age=63072000; includeSubDomains" : undefined,
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)",
    "cross-origin-opener-policy": "same-origin",
  };
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
