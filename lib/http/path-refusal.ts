// Paths Next.js cannot route: a malformed percent escape (`/petitions/%E0%A4%A`) or a NUL makes its
// router throw, which would be a 500. The production server answers these 400 before Next.js.

/** 400 for a request path that does not decode or holds a NUL byte; null when it may be routed. */
export function pathRefusal(url: string | undefined): 400 | null {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    return decodeURIComponent(path).includes("\u0000") ? 400 : null;
  } catch {
    return 400;
  }
}
