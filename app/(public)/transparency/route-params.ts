/** A path segment as written; a malformed escape is treated as an unknown name (404), not a crash. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
