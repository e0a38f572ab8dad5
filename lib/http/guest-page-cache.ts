// A one-second micro-cache of the HTML that guests get for a petition page, in front of Next.js in
// each server process (scripts/serve.ts). When a petition goes viral, tens of thousands of people
// reload the same page: React then renders it about once a second per language instead of
// hundreds of times, and the CPU stays with the signing requests. It is what a reverse proxy's
// micro-cache (nginx `proxy_cache_valid 200 1s`) would do, built in so a single server has it.
//
// Only what is the same for every guest is kept: a GET of the bare path (no query: `?share=`,
// `?signed=` and the rest change the page), in the visitor's language, with no session cookie,
// filled by a request of the server to itself that carries nothing but that language. A
// signed-in creator or moderator always gets a fresh render. Only a 200 HTML answer without
// cookies is kept, so a petition that is hidden or gone stops being served at the next refill.
import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADER_NAMES } from "./security-headers";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { LOCALE_COOKIE, type Locale, requestLocale } from "@/lib/i18n/locales";

/** Paths whose guest HTML may be shared: a petition's own page. */
const CACHEABLE_PATH = /^\/petitions\/\d{1,9}$/;
/** A fresh copy is served as is; a stale one is served while one refill runs; an older one waits for the refill. */
export const FRESH_MS = 1_000;
export const STALE_MS = 3_000;
const MAX_ENTRIES = 2_000;
/** Marks the server's own request for the page, so it is rendered rather than served from here. */
export const FILL_HEADER = "x-answerable-page-fill";

export interface GuestRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache key (language and path) for a request every guest would get the same answer to, or null. */
export function guestPageKey(request: GuestRequest): { key: string; path: string; locale: Locale } | null {
  const { headers } = request;
  // Client-side navigations ask for the React Server Components payload, not HTML.
  if (request.method !== "GET" || headers[FILL_HEADER] !== undefined || headers.rsc !== undefined) return null;
  if (!CACHEABLE_PATH.test(request.url)) return null;
  const cookies = parseCookies(typeof headers.cookie === "string" ? headers.cookie : "");
  if ([...cookies.keys()].some((name) => name.includes("session-token"))) return null;
  const locale = requestLocale(
    cookies.get(LOCALE_COOKIE),
    typeof headers["accept-language"] === "string" ? headers["accept-language"] : null,
  );
  return { key: `${locale} ${request.url}`, path: request.url, locale };
}

export function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
}

export interface CachedPage {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  /** The security headers the page was served with (lib/http/security-headers.ts). */
  security?: Record<string, string>;
  storedAt: number;
}

interface Slot {
  page: CachedPage | null;
  refilling: Promise<CachedPage | null> | null;
}

export type Lookup = { page: CachedPage; state: "hit" | "stale" | "miss" } | { page: null; state: "miss" };

export class GuestPageCache {
  private readonly slots = new Map<string, Slot>();

  /**
   * The page for `key`: a fresh copy at once; a stale copy at once while `fill` refreshes it
   * (one refill per key at a time); otherwise waits for `fill`. `fill` answers null for a page
   * that must not be shared, and the caller then renders the page itself.
   */
  async lookup(key: string, fill: () => Promise<CachedPage | null>, now = Date.now()): Promise<Lookup> {
    let slot = this.slots.get(key);
    if (!slot) {
      if (this.slots.size >= MAX_ENTRIES) this.slots.clear();
      slot = { page: null, refilling: null };
      this.slots.set(key, slot);
    }
    const age = slot.page ? now - slot.page.storedAt : Infinity;
    if (slot.page && age < FRESH_MS) return { page: slot.page, state: "hit" };
    const current = slot;
    current.refilling ??= fill()
      .catch(() => null)
      .then((page) => {
        current.refilling = null;
        current.page = page;
        return page;
      });
    if (slot.page && age < STALE_MS) return { page: slot.page, state: "stale" };
    const page = await current.refilling;
    return page ? { page, state: "miss" } : { page: null, state: "miss" };
  }
}

/** Asks this server for the page as a guest speaking `locale`; null unless it is a shareable 200 HTML page. */
export async function fetchGuestPage(origin: string, path: string, locale: Locale): Promise<CachedPage | null> {
  const response = await fetch(`${origin}${path}`, {
    headers: { [FILL_HEADER]: "1", cookie: `${LOCALE_COOKIE}=${locale}`, accept: "text/html" },
    signal: AbortSignal.timeout(10_000),
  });
  const contentType = response.headers.get("content-type") ?? "";
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || !contentType.startsWith("text/html") || response.headers.has("set-cookie"))
    return null;
  // The copy keeps its security headers: its CSP's nonce is the one in its HTML.
  const security = Object.fromEntries(
    SECURITY_HEADER_NAMES.flatMap((name) => {
      const value = response.headers.get(name);
      return value ? [[name, value]] : [];
    }),
  );
  return { body, gzipped: gzipSync(body), contentType, security, storedAt: Date.now() };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Wraps the app's request handler: guests' petition pages come from the cache, everything else goes to `next`. */
export function withGuestPageCache(
  next: Handler,
  origin: string,
  cache = new GuestPageCache(),
  fill = fetchGuestPage,
): Handler {
  return (request, response) => {
    const target = guestPageKey({ method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers });
    if (!target) return next(request, response);
    cache
      .lookup(target.key, () => fill(origin, target.path, target.locale))
      .then(
        ({ page, state }) => {
          if (!page) return next(request, response);
          const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
          const body = gzip ? page.gzipped : page.body;
          response.writeHead(200, {
            ...page.security,
            "content-type": page.contentType,
            "content-length": body.length,
            ...(gzip ? { "content-encoding": "gzip" } : {}),
            "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
            vary: "Cookie, Accept-Language, Accept-Encoding",
            "x-page-cache": state,
            "x-request-id": randomUUID(),
          });
          response.end(body);
        },
        () => next(request, response),
      );
  };
}
