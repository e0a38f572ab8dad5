/** A route segment as the user typed it, or null when its %-escapes are malformed (answer 404, not 500). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
