import type { CardKind } from "@/lib/domain/supervision/cards";

const STYLE: Record<CardKind, string> = {
  yellow: "bg-amber-100 text-amber-900 border-amber-700",
  red: "bg-red-100 text-red-900 border-red-700",
};

/** A yellow or red card; as with the traffic light, colour is never the only signal. */
export function OverdueCardBadge({ kind, label }: { kind: CardKind; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[kind]}`}
    >
      <span aria-hidden="true">▮</span>
      {label}
    </span>
  );
}
