// How large a request body the production server (scripts/serve.ts) accepts, by path, before
// Next.js reads it. Photos are uploaded with the filing form and CSV files on the import pages;
// every other form and API call is small. Next.js's own server-action limit (next.config.js) is
// the hard cap behind this.

const MB = 1024 * 1024;

const LARGE_BODY_PATHS = [/^\/file(\/|$)/, /^\/admin\/(import|calendar)(\/|$)/];

export function bodyLimitFor(path: string): number {
  return LARGE_BODY_PATHS.some((pattern) => pattern.test(path)) ? 16 * MB : 1 * MB;
}

/** 413 when the declared length is over the path's limit; 411 when a body comes without one. */
export function bodyRefusal(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): 411 | 413 | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const declared = request.headers["content-length"];
  if (typeof declared !== "string") return request.headers["transfer-encoding"] ? 411 : null;
  const length = Number(declared);
  if (!Number.isFinite(length) || length < 0) return 411;
  return length > bodyLimitFor(path) ? 413 : null;
}
