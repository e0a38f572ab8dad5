"use client";

import { useEffect, useState } from "react";

/** How long before the session ends the warning shows (WCAG 2.2.1 asks for at least 20 seconds). */
const WARN_BEFORE_MS = 2 * 60 * 1000;

async function sessionExpiry(): Promise<number | null> {
  // Auth.js answers with the session and, for JWT sessions, sends the cookie again with a fresh
  // lifetime: asking is also what extends the session.
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  const session = (await response.json().catch(() => null)) as { expires?: string } | null;
  return session?.expires ? Date.parse(session.expires) : null;
}

/**
 * A signed-in person's session ends after a time without activity (lib/auth/auth.ts). Two
 * minutes before, this says so and offers to stay signed in (WCAG 2.2.1 Timing Adjustable); a
 * form submitted after the end still keeps what was typed (formAction sends the values back).
 */
export function SessionExpiryWarning({ labels }: { labels: { warning: string; extend: string; extended: string } }) {
  const [phase, setPhase] = useState<"quiet" | "warning" | "extended">("quiet");
  const [round, setRound] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    void sessionExpiry().then((expires) => {
      if (cancelled || expires === null) return;
      timer = setTimeout(() => setPhase("warning"), Math.max(0, expires - Date.now() - WARN_BEFORE_MS));
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [round]);

  if (phase === "quiet") return null;
  if (phase === "extended")
    return (
      <p role="status" className="mx-auto max-w-6xl px-4 pt-4 text-green-900">
        {labels.extended}
      </p>
    );
  return (
    <div
      role="alert"
      className="mx-auto mt-4 max-w-6xl rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950"
    >
      <p>{labels.warning}</p>
      <button
        type="button"
        onClick={() => {
          setPhase("extended");
          setRound((n) => n + 1);
        }}
        className="mt-2 min-h-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {labels.extend}
      </button>
    </div>
  );
}
