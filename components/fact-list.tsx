import type { ReactNode } from "react";

/** Label–value pairs of a case; a value of null leaves the pair out. */
export function FactList({
  facts,
  className = "grid gap-x-6 gap-y-2 sm:grid-cols-2",
}: {
  facts: readonly (readonly [string, ReactNode])[];
  className?: string;
}) {
  return (
    <dl className={className}>
      {facts
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="min-w-32 text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
