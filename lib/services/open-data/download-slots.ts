import "server-only";
import { AppError } from "@/lib/errors";

// A long download holds a database connection (a cursor) for its whole length, so each server
// streams only a few at once; the rest are told to retry rather than starving the pages.
// A slot is given back exactly once: when the stream ends, fails or is cancelled, or when the
// download could not even start.

export const MAX_CONCURRENT_DOWNLOADS = 3;

const holder = globalThis as typeof globalThis & { __answerableOpenDataSlots?: { taken: number } };
const slots = (holder.__answerableOpenDataSlots ??= { taken: 0 });

/** Takes a slot or refuses with 503; the returned release is idempotent. */
export function takeDownloadSlot(): () => void {
  if (slots.taken >= MAX_CONCURRENT_DOWNLOADS) throw new AppError("unavailable", "too many downloads at once");
  slots.taken += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots.taken = Math.max(0, slots.taken - 1);
  };
}

export function downloadSlotsTaken(): number {
  return slots.taken;
}
