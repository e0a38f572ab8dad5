import type { ReactNode } from "react";

/** The confirmation after a form succeeded, announced to screen readers; nothing when empty. */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}
